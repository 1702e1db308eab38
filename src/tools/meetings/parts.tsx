// Small pieces the meeting record's views share: names, the person and goal pickers, a named button, a tag.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../lib/words';
import type { GoalOption } from '../linked/goal-options';
import { SelectField } from '../shared/fields';
import type { Level } from '../shared/headings';
import { LIMITS, people, type Meeting, type MeetingsState, type Person } from './model';
import type { ButtonTexts, MeetingsTexts } from './texts';

/** How a view changes the state: the store (connected by the page) applies the change. */
export type Update = (change: (s: MeetingsState) => MeetingsState) => void;
/** Says something in the tool's polite live region. */
export type Announce = (text: string) => void;
export type Names = Record<Person, string>;

/** What every view of one meeting is handed: the record, the whole state to update, and the pair's context. */
export interface MeetingViewProps {
  t: MeetingsTexts;
  state: MeetingsState;
  meeting: Meeting;
  update: Update;
  names: Names;
  goals: GoalOption[];
  today: string;
  level: Level;
  domId: string;
  announce: Announce;
}

/** The pair's names, with "the mentee" and "the mentor" (texts.ts) where one is not written yet. */
export const namesOf = (pair: Record<Person, string>, fallback: Names): Names => ({
  mentee: pair.mentee.trim() || fallback.mentee,
  mentor: pair.mentor.trim() || fallback.mentor,
});

/** Typed text, kept within the size the parser accepts, so what is saved can always be read back. */
export const clip = (value: string): string => value.slice(0, LIMITS.text);

/** A button that shows its text, and whose accessible name also says what it acts on ({what}). */
export const Named = ({ words: [text, label], what, ...rest }: { words: ButtonTexts; what: string } & ButtonHTMLAttributes) => (
  <button type="button" aria-label={fill(label, { what })} {...rest}>
    {text}
  </button>
);

/** A short flag in words, with a symbol that screen readers skip: never colour alone. */
export const Tag = ({ children, warn }: { children: ComponentChildren; warn?: boolean }) => (
  <span class={warn ? 'mt-tag mt-tag--warn' : 'mt-tag'}>
    <span aria-hidden="true">{warn ? '⚑ ' : '› '}</span>
    {children}
  </span>
);

export const PersonSelect = ({ label, value, names, onChange }: { label: string; value: Person; names: Names; onChange(p: Person): void }) => (
  <SelectField label={label} value={value} onChange={onChange} class="mt-short" options={people.map((p) => ({ value: p, label: names[p] }))} />
);

/** One of the pair's goals, or none; a goal that has left the worksheet stays selectable under its own words. */
export function GoalSelect({ t, goals, value, onChange }: { t: MeetingsTexts; goals: GoalOption[]; value: string | undefined; onChange(id: string): void }) {
  const options = [{ value: '', label: t.goal.none }, ...goals.map((g) => ({ value: g.id, label: g.title }))];
  if (value && !goals.some((g) => g.id === value)) options.push({ value, label: t.goal.gone });
  return <SelectField label={t.goal.label} value={value ?? ''} options={options} onChange={onChange} class="mt-short" />;
}

/** What the tool last said, and the way to say something; the same words twice are still announced. */
export function useAnnounce(): [string, Announce] {
  const [said, setSaid] = useState('');
  return [said, (text) => setSaid((before) => (before === text ? `${text}\u00a0` : text))];
}

/** The tool's polite live region: status changes are announced here. */
export const LiveRegion = ({ said }: { said: string }) => <p class="visually-hidden" role="status" aria-live="polite">{said}</p>;
