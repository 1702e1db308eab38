// What a person reads about a flag. The texts themselves are content: they live in texts.ts, travel in the page
// as JSON (see FeedbackIsland.astro) and reach the builder as a prop, so they cost no JavaScript. This module
// holds only their shape and the one pure step that fills them in.
import type { FieldKey, Mode } from './model';
import type { Wording } from './note';
import type { Flag } from './lint';
import type { ExampleRow } from './examples';

/** A flag explained; in `why` and `suggestion`, {found} stands for the words found. */
export interface FlagText {
  /** A short name for the kind of problem ("Absolute"). */
  title: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** Where that comes from ("Rosenberg, 2015"). */
  source: string;
  /** A better way to say it. */
  suggestion: string;
  /** For particular words found (by Flag.key, lower case), a suggestion of their own in place of `suggestion`. */
  byWords?: Record<string, string>;
}

/** Every human-readable text of the feedback builder that is content rather than interface. */
export interface FeedbackTexts {
  /** By Flag.textId. */
  flags: Record<string, FlagText>;
  /** Label and hint of each part a mode shows; in labels, {who} stands for "your mentee" or "your mentor". */
  parts: Record<Mode, Partial<Record<FieldKey, [label: string, hint: string]>>>;
  /** A line under the choice of mode, saying what each kind of note is. */
  modeHints: Record<Mode, string>;
  /** One example note for each mode. */
  examples: ExampleRow[];
  /** How the parts join into the wording: opening and closing lines, and the words that steer the joining. */
  wording: Wording;
  /** The builder's longer sentences: hints, help and what shows when there is nothing yet. */
  ui: {
    /** Headings and buttons of the builder's parts. */
    yourNote: string;
    newNoteButton: string;
    tryExample: string;
    /** Announced when the example relationship opens with the example notes. */
    exampleOpened: string;
    yourWords: string;
    copyWording: string;
    printNote: string;
    savedNotes: string;
    downloadAll: string;
    /** Under the person's name. */
    personHint: string;
    /** Under "Final wording", while it is built from the parts, and once it is the person's own. */
    builtHint: string;
    ownHint: string;
    /** In place of the checked wording when there is none. */
    nothingToCheck: string;
    /** Under the count of suggestions, when some mark words; then always. */
    marked: string;
    keepAnything: string;
    /** The label of the box holding text to copy by hand, when the browser will not copy it. */
    copyByHand: string;
    /** In the list of saved notes: when there is none, and for a note with no wording yet. */
    noNotes: string;
    nothingWritten: string;
    /** Under "Your note": a new note, and after "Started <date>." for a saved one. */
    newNote: string;
    savedNote: string;
  };
}

/** A flag with its texts, as the views show it. */
export type Explained = Flag & FlagText;

/** The texts of a flag, with the words it found put in; the suggestion for those words if there is one. */
export function explain(flag: Flag, texts: FeedbackTexts): Explained {
  const t = texts.flags[flag.textId]!;
  const fill = (s: string) => s.split('{found}').join(flag.found);
  return { ...flag, ...t, why: fill(t.why), suggestion: fill(t.byWords?.[flag.key] ?? t.suggestion) };
}
