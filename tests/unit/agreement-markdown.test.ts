// The Markdown download: typed text stays literal, and the agreement reads as numbered clauses with signature lines.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../src/tools/agreement/markdown';
import { buildClauses, initialAgreement } from '../../src/tools/agreement/model';
import { examples } from '../../src/tools/agreement/examples';
import { library } from '../../src/tools/agreement/presets';

describe('escapeMarkdown', () => {
  it('keeps HTML literal', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('a &amp; b')).toBe('a \\&amp; b');
  });
  it('escapes emphasis, code, links and images anywhere', () => {
    expect(escapeMarkdown('*bold* _it_ `code` [link](http://x) ![i](y) ~~s~~ a|b')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x) \\!\\[i\\](y) \\~\\~s\\~\\~ a\\|b',
    );
  });
  it('escapes what starts a heading, list, quote or rule at the start of a line', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('===')).toBe('\\===');
    // Not at a line start, ordinary punctuation is left alone.
    expect(escapeMarkdown('We meet 2-3 times, e.g. monthly.')).toBe('We meet 2-3 times, e.g. monthly.');
  });
  it('keeps several lines in one paragraph with hard breaks, escaping each line start', () => {
    expect(escapeMarkdown('  first\n\n\n- second  \n1. third ')).toBe('first\\\n\\- second\\\n1\\. third');
  });
  it('escapes a backslash so it cannot escape what follows', () => {
    expect(escapeMarkdown('C:\\*')).toBe('C:\\\\\\*');
  });
});

describe('toMarkdown', () => {
  const { agreement, pair } = examples.workplace;
  const md = toMarkdown(buildClauses(agreement, pair, library), pair, 'Workplace');

  it('has a title, both names, numbered sections and clauses', () => {
    expect(md.startsWith('# Mentoring agreement\n\nPriya Raman (mentee) and Tom Becker (mentor). Workplace.\n')).toBe(true);
    expect(md).toContain('\n## 1. Who we are\n');
    expect(md).toContain('\n## 3. Meetings\n\n3.1 We agree to meet every two weeks, for an hour each time, by video call or in a meeting room at work.\n');
    expect(md).toMatch(/\n9\.1 We agree that either of us may end this mentoring at any time/);
  });

  it('ends with a signature block for each person', () => {
    const line = '\\_'.repeat(16);
    expect(md).toContain(`## Signatures`);
    expect(md).toContain(`**Mentee:** Priya Raman  \nSignature: ${line}  \nDate: ${line}\n`);
    expect(md).toContain(`**Mentor:** Tom Becker  \nSignature: ${line}  \nDate: ${line}\n`);
  });

  it('adds signature lines for a parent or carer and the programme coordinator to a youth agreement', () => {
    const youth = examples.youth;
    const out = toMarkdown(buildClauses(youth.agreement, youth.pair, library), youth.pair, 'Youth programme', library.presets.youth.signers);
    const line = '\\_'.repeat(16);
    expect(out).toContain(`**Mentee:** Jordan  \nSignature: ${line}`);
    expect(out).toContain(`**Parent or carer:** ${line}  \nSignature: ${line}  \nDate: ${line}\n`);
    expect(out).toContain(`**Programme coordinator:** ${line}  \nSignature: ${line}  \nDate: ${line}\n`);
    expect(out.match(/^Signature: /gm)).toHaveLength(4);
    expect(md.match(/^Signature: /gm)).toHaveLength(2);
  });

  it('keeps typed markup in names and clauses literal', () => {
    const state = { ...initialAgreement(), sections: { purpose: [{ id: 'u-1', key: '', text: '<img src=x onerror=alert(1)>' }] } };
    const hostile = { mentee: '<script>alert(1)</script>', mentor: '**Tom**', startDate: '', reviewDate: '' };
    const out = toMarkdown(buildClauses(state, hostile, library), hostile, 'Workplace');
    expect(out).toContain('2.1 \\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('\\<script\\>alert(1)\\</script\\> (mentee) and \\*\\*Tom\\*\\* (mentor)');
    expect(out).not.toMatch(/(^|[^\\])<img/);
  });
});
