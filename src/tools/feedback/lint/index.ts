// The language check: words that tend to make feedback land badly, each with its reason, source and a better way
// to say it, plus the parts of the chosen model that are missing. Pure functions over a string.
import type { Fields, Mode } from '../model';
import { wordRules } from './words';
import { structureFlags } from './structure';

export type RuleId =
  | 'absolute' | 'label' | 'ability-praise' | 'vague-praise' | 'demand' | 'feel-that' | 'but-after-praise'
  | 'missing-part' | 'too-long';

export interface Flag {
  ruleId: RuleId;
  /** A short name for the kind of problem ("Absolute"). */
  title: string;
  /** Where it is in the text; start === end for flags about the whole message (a missing part, the length). */
  start: number;
  end: number;
  /** The words as written, or what is missing. */
  found: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** Where that comes from ("Rosenberg, 2015"). */
  source: string;
  /** A better way to say it. */
  suggestion: string;
  /** What stays the same while the person edits around it: the words in lower case, or the missing part. */
  key: string;
}

export interface LintContext {
  mode: Mode;
  fields: Fields;
}

/** What "Keep as written" remembers for a flag: its rule and its words (or missing part). */
export const flagKey = (f: Pick<Flag, 'ruleId' | 'key'>): string => `${f.ruleId}:${f.key}`;

/** Checks a message; flags in the text come first, by position, then flags about the whole message. */
export function lint(text: string, ctx: LintContext): Flag[] {
  if (!text.trim()) return [];
  // Curly apostrophes become straight ones (same length, so positions hold) and the rules need one spelling.
  const t = text.replace(/[‘’ʼ]/g, "'");
  const flags = wordRules.flatMap((rule) => rule(t));
  for (const f of flags) f.found = text.slice(f.start, f.end);
  flags.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...flags, ...structureFlags(t, ctx)];
}
