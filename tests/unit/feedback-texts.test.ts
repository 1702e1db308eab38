// The feedback builder's content (texts.ts, and the language check's words in lint/lexicon.ts): it travels in the
// page as JSON, so it must be plain data, safe inside a <script> element, complete for every flag the language check
// can raise, and never part of the JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFields, modes, type Fields, type FieldKey } from '../../src/tools/feedback/model';
import { modeFields } from '../../src/tools/feedback/parts';
import { lint as lintWith, type LintContext } from '../../src/tools/feedback/lint';
import { feedbackLexicon } from '../../src/tools/feedback/lint/lexicon';
import { missingTextId, requiredParts, WORDS_PER_MINUTE } from '../../src/tools/feedback/lint/structure';
import { explain } from '../../src/tools/feedback/explain';
import { feedbackTexts } from '../../src/tools/feedback/texts';
import { jsonInHtml as scriptJson } from '../../src/lib/json-in-html';

/** The language check with the page's lexicon. */
const lint = (text: string, ctx: LintContext) => lintWith(text, ctx, feedbackLexicon);
const full: Fields = { situation: 's', behaviour: 'b', impact: 'i', intent: 'q', request: 'r', effort: 'e', ideas: 'x' };

describe('explain', () => {
  it('puts the words found into the reason and the suggestion', () => {
    const [absolute] = lint('You always interrupt.', { mode: 'constructive', fields: full });
    expect(explain(absolute!, feedbackTexts)).toMatchObject({
      ruleId: 'absolute', found: 'always', title: 'Absolute', source: 'Rosenberg, 2015',
      suggestion: 'Say when and how often: “in the last two meetings” instead of “always”.',
    });
    const [demand] = lint('You Need To ask.', { mode: 'constructive', fields: full });
    expect(explain(demand!, feedbackTexts).why).toBe('“Need To” makes it an order: people resist orders, or comply without agreeing.');
  });

  it('puts in the words as typed, even ones that look like replacement patterns', () => {
    const flag = { ruleId: 'absolute' as const, textId: 'absolute', start: 0, end: 3, found: '$&$1', key: '$&$1' };
    expect(explain(flag, feedbackTexts).suggestion).toContain('instead of “$&$1”');
  });

  it('has texts for every flag the check can raise: each word rule, each missing part of each mode, the length', () => {
    const long = Array.from({ length: WORDS_PER_MINUTE + 1 }, () => 'word').join(' ');
    const samples = [
      'You always do this.', 'You were lazy.', 'You were abrasive.', 'You are so smart.', 'You are talented.', 'Great job!',
      'You should ask.', 'I feel that you left.', 'Good draft, but short.', 'Well spoken for a girl.', 'Man up.',
      'Where are you really from?', 'You are so sensitive.', long,
    ];
    const flags = modes.flatMap((mode) => samples.flatMap((text) => lint(text, { mode, fields: emptyFields() })));
    const raised = new Set(flags.map((f) => f.textId));
    expect([...raised].sort()).toEqual(Object.keys(feedbackTexts.flags).sort());
    for (const f of flags) {
      const e = explain(f, feedbackTexts);
      expect(e.title.length, f.textId).toBeGreaterThan(3);
      expect(e.why.length, f.textId).toBeGreaterThan(20);
      expect(e.suggestion.length, f.textId).toBeGreaterThan(10);
      expect(e.source.length, f.textId).toBeGreaterThan(5);
      expect(`${e.title}${e.why}${e.suggestion}`, f.textId).not.toContain('{found}');
    }
  });

  it('gives each label its own example of behaviour to describe instead, with no name in it', () => {
    const words = [...feedbackLexicon.labels, ...feedbackLexicon.genderedLabels];
    const suggestions = words.map((w) => {
      const flags = lint(`You were ${w}.`, { mode: 'constructive', fields: full });
      expect(flags.map((f) => f.ruleId), w).toEqual(['label']);
      return explain(flags[0]!, feedbackTexts).suggestion.replace(w, '…');
    });
    // One example per label; the two spellings of "disorganised" share one.
    expect(new Set(suggestions).size).toBe(new Set(words.map((w) => w.replace(/ized$/, 'ised'))).size);
    for (const s of suggestions) {
      expect(s).not.toMatch(/\b(?:Sam|Priya|Tom|Lee)\b/);
      expect(s).not.toContain('{found}');
    }
    // A label the texts have no example for (a lexicon with more words) still gets a suggestion, with its word.
    const more = { ...feedbackLexicon, labels: [...feedbackLexicon.labels, 'flaky'] };
    const [flaky] = lintWith('You were flaky.', { mode: 'constructive', fields: full }, more);
    expect(explain(flaky!, feedbackTexts).suggestion).toContain('“flaky”');
  });

  it('names each missing part and gives the hint of its mode as the suggestion', () => {
    for (const mode of modes) {
      for (const key of requiredParts(mode)) {
        const t = feedbackTexts.flags[missingTextId(mode, key)]!;
        expect(t.title).toMatch(/^Missing: /);
        expect(t.suggestion).toBe(`Add it. ${feedbackTexts.parts[mode][key]![1]}`);
      }
    }
    expect(requiredParts('constructive')).not.toContain('intent');
  });
});

describe('texts', () => {
  it('label and hint exactly the parts each mode shows', () => {
    for (const mode of modes) {
      expect(Object.keys(feedbackTexts.parts[mode]).sort(), mode).toEqual([...modeFields[mode]].sort());
      for (const key of modeFields[mode]) {
        const [label, hint] = feedbackTexts.parts[mode][key as FieldKey]!;
        expect(label.length).toBeGreaterThan(3);
        expect(hint.length).toBeGreaterThan(10);
      }
    }
  });

  it('are plain data: the same after a trip through JSON', () => {
    expect(JSON.parse(JSON.stringify(feedbackTexts))).toEqual(feedbackTexts);
  });

  it('go into the page as JSON that no string can break out of', () => {
    const data = { ...feedbackTexts, modeHints: { ...feedbackTexts.modeHints, constructive: '</script><script>alert(1)</script><!--' } };
    const json = scriptJson(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });

});

describe('lexicon', () => {
  it('is plain data: lists of lower-case words and phrases, the same after a trip through JSON', () => {
    expect(JSON.parse(JSON.stringify(feedbackLexicon))).toEqual(feedbackLexicon);
    for (const [name, entries] of Object.entries(feedbackLexicon)) {
      expect(entries.length, name).toBeGreaterThan(0);
      // Nothing the rules would read as regular-expression syntax, and no stray spaces.
      for (const entry of entries) expect(entry, name).toMatch(/^[a-z']+(?: [a-z']+)*$/);
      expect(new Set(entries).size, `${name} has no duplicates`).toBe(entries.length);
    }
  });
});

describe('content modules', () => {
  // Value imports only ("import type" carries nothing to the browser), resolved to the file they name.
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
  const importers = (target: string) =>
    files('src')
      .filter((f) => /\.(astro|tsx?|mjs|js)$/.test(f))
      .filter((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^import (?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm)].some(
          (m) => join(dirname(f), m[1]!).replace(/\.ts$/, '') === target,
        ),
      );

  it.each([
    ['the texts', join('src', 'tools', 'feedback', 'texts')],
    ['the lexicon', join('src', 'tools', 'feedback', 'lint', 'lexicon')],
  ])('%s: imported by nothing that runs in the browser except through the page, only by its content.ts', (_, target) => {
    expect(importers(target)).toEqual([join('src', 'tools', 'feedback', 'content.ts')]);
  });
});
