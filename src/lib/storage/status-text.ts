import type { SaveStatus } from './types';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The save status in words a person can act on. */
export function statusText(status: SaveStatus): string {
  switch (status.state) {
    case 'loading':
      return 'Opening your saved work…';
    case 'unsaved-empty':
      return 'Nothing saved yet. What you type is saved in this browser as you go.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved on this device at ${time(status.at)}.`;
    case 'blocked':
      return 'Not saved: this browser is blocking storage for this site, so your text lives only in this tab. Download or print it to keep a copy; export still works.';
    case 'failed':
      return status.reason === 'quota'
        ? 'Not saved: this browser’s storage for the site is full. Your text is safe in this tab and export still works; saving will resume by itself when there is room.'
        : `Not saved: ${status.message}. Your text is safe in this tab and export still works; saving will try again by itself.`;
  }
}

/** Whether a screen reader should hear this change: problems always, "saved" only when it is news. */
export function shouldAnnounce(previous: SaveStatus | undefined, next: SaveStatus): boolean {
  if (next.state === 'loading' || next.state === 'saving') return false;
  if (!previous) return next.state === 'blocked' || next.state === 'failed';
  if (next.state === 'saved') return previous.state === 'failed' || previous.state === 'blocked' || previous.state === 'unsaved-empty';
  return previous.state !== next.state;
}

/** Combines several stores' statuses into the one a person should see: the worst, else the latest save. */
export function combineStatus(statuses: SaveStatus[]): SaveStatus {
  const rank = { blocked: 6, failed: 5, loading: 4, saving: 3, saved: 2, 'unsaved-empty': 1 } as const;
  let worst: SaveStatus = { state: 'unsaved-empty' };
  for (const s of statuses) {
    if (rank[s.state] > rank[worst.state]) worst = s;
    else if (s.state === 'saved' && worst.state === 'saved' && s.at > worst.at) worst = s;
  }
  return worst;
}
