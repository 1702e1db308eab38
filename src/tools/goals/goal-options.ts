// The pair's active goals as ids and titles, for the agreement ("pull in our goals") and the feedback builder
// ("this note is about a goal"). It reads the stored worksheet directly instead of through goalsStore, whose full
// parser and migrations would add about 2.5 KB (gzip) to those pages: a fifth of what they may spend.
import { atom } from 'nanostores';
import { readKey, storageKey } from '../../lib/storage';

export interface GoalOption {
  id: string;
  title: string;
}

/** The goal worksheet's stored version this reader understands; a unit test keeps it in step with goalsStore. */
export const GOALS_VERSION_READ = 1;

/**
 * Pure: the goals that are not archived and have a title, by their short title if they have one, from the stored
 * text; anything unexpected gives none. A long goal with no short title comes whole: cutting it to its first words,
 * as the worksheet does (short-title.ts), would cost these pages about 130 bytes of their JavaScript budget.
 */
export function goalOptionsFrom(raw: string | null): GoalOption[] {
  try {
    const envelope = JSON.parse(raw ?? 'null') as { v?: unknown; data?: { goals?: unknown } } | null;
    const goals = envelope?.v === GOALS_VERSION_READ ? envelope.data?.goals : undefined;
    if (!Array.isArray(goals)) return [];
    return goals.flatMap((g: { id?: unknown; title?: unknown; short?: { trim?(): string }; archived?: unknown }) => {
      if (typeof g?.id !== 'string' || typeof g.title !== 'string' || g.archived === true) return [];
      // A short title that is not text has no trim(), and the goal keeps its own.
      const title = g.short?.trim?.() || g.title.trim();
      return title ? [{ id: g.id, title }] : [];
    });
  } catch {
    return [];
  }
}

/** Active goals; empty until watchGoalOptions() runs in the browser. */
export const $goalOptions = atom<GoalOption[]>([]);

/** Reads the goals now and again whenever the worksheet changes in another tab. Returns the way to stop. */
export function watchGoalOptions(): () => void {
  const key = storageKey('goals');
  const read = () => {
    const stored = readKey(key);
    $goalOptions.set(stored.ok ? goalOptionsFrom(stored.value) : []);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) read();
  };
  read();
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
