// The language check: words that tend to make feedback land badly, and the parts of the chosen model that are
// missing. Pure functions over a string and a lexicon (the words the rules look for: content, in lexicon.ts, which
// reaches the builder from the page). A flag says which rule found what, and where; what a person reads about it
// (title, reason, source, a better phrasing) is content too, looked up by explain() in ../explain.ts.
import type { Fields, Mode } from '../model';
import { wordRules, type Lexicon } from './words';
import { structureFlags } from './structure';

export type RuleId =
  | 'absolute' | 'label' | 'identity' | 'dismissive' | 'ability-praise' | 'vague-praise' | 'demand' | 'feel-that' | 'but-after-praise'
  | 'missing-part' | 'too-long';

export interface Flag {
  ruleId: RuleId;
  /** Which of the texts explains it: the rule id, or a more specific one ("label-gendered", "missing-recognition-effort"). */
  textId: string;
  /** Where it is in the text; start === end for flags about the whole message (a missing part, the length). */
  start: number;
  end: number;
  /** The words as written; for a flag about the whole message, what is missing (a part's key) or the length. */
  found: string;
  /** What stays the same while the person edits around it: the words in lower case, or the missing part. */
  key: string;
}

export interface LintContext {
  mode: Mode;
  fields: Fields;
}

/** What "Keep as written" remembers for a flag: its rule and its words (or missing part). */
export const flagKey = (f: Pick<Flag, 'ruleId' | 'key'>): string => `${f.ruleId}:${f.key}`;

export type { Lexicon };

/** Checks a message; flags in the text come first, by position, then flags about the whole message. */
export function lint(text: string, ctx: LintContext, lexicon: Lexicon): Flag[] {
  if (!text.trim()) return [];
  // Curly apostrophes become straight ones (same length, so positions hold) and the rules need one spelling.
  const t = text.replace(/[‘’ʼ]/g, "'");
  const flags = wordRules(lexicon).flatMap((rule) => rule(t));
  for (const f of flags) f.found = text.slice(f.start, f.end);
  flags.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...flags, ...structureFlags(t, ctx)];
}
