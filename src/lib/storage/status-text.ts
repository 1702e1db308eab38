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
      return 'Not saved: this browser is blocking storage for this site, so your text lives only in this tab and is lost when it closes. Download or print it to keep a copy.';
    case 'failed':
      return status.reason === 'quota'
        ? 'Not saved: this browser’s storage for the site is full. What you typed since the last save is only in this tab: closing it loses that text, so download a copy or free some space (Your data lists what is stored). Saving resumes by itself when there is room.'
        : `Not saved: ${status.message}. What you typed since the last save is only in this tab until saving works again; it will try again by itself.`;
    case 'held':
      return 'Not saved yet: saved text here could not be opened, and the site will not save over it until you have a copy. Download it from the notice below.';
    case 'read-only':
      return `Not saved: a newer version of this site saved this data (version ${status.version}), so this page will not write over it. Reload the page to get the newer version.`;
  }
}

/** Whether a screen reader should hear this change: problems always, "saved" only when it is news. */
export function shouldAnnounce(previous: SaveStatus | undefined, next: SaveStatus): boolean {
  if (next.state === 'loading' || next.state === 'saving') return false;
  const problem = (s: SaveStatus) => s.state === 'blocked' || s.state === 'failed' || s.state === 'held' || s.state === 'read-only';
  if (!previous) return problem(next);
  if (next.state === 'saved') return problem(previous) || previous.state === 'unsaved-empty';
  return previous.state !== next.state;
}

/** Combines several stores' statuses into the one a person should see: the worst, else the latest save. */
export function combineStatus(statuses: SaveStatus[]): SaveStatus {
  const rank = { 'read-only': 8, held: 7, blocked: 6, failed: 5, loading: 4, saving: 3, saved: 2, 'unsaved-empty': 1 } as const;
  let worst: SaveStatus = { state: 'unsaved-empty' };
  for (const s of statuses) {
    if (rank[s.state] > rank[worst.state]) worst = s;
    else if (s.state === 'saved' && worst.state === 'saved' && s.at > worst.at) worst = s;
  }
  return worst;
}
