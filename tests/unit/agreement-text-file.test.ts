// The agreement as a text file to edit (it was a Markdown file, issue 16): it reads well as plain text in any editor,
// typed text stays exactly as typed, and there is a signature block with plain lines for every person who signs.
import { describe, expect, it } from 'vitest';
import { SIGN_LINE, pairSigners, signatureBlock, toTextFile } from '../../src/tools/agreement/text-file';
import { BLANK, buildClauses, initialAgreement, signatories } from '../../src/tools/agreement/model';
import { examples } from '../../src/tools/agreement/examples';
import { library } from '../../src/tools/agreement/presets';

describe('toTextFile', () => {
  const { agreement, pair } = examples.workplace;
  const text = toTextFile(buildClauses(agreement, pair, library), pair, 'Workplace');

  it('has a title, both names, numbered sections and clauses, as plain text', () => {
    expect(text.startsWith('Mentoring agreement\n===================\n\nPriya Raman (mentee) and Tom Becker (mentor). Workplace.\n')).toBe(true);
    expect(text).toContain('\n1. Who we are\n-------------\n');
    expect(text).toContain('\n3. Meetings\n-----------\n\n3.1 We agree to meet every two weeks, for an hour each time, by video call or in a meeting room at work.\n');
    expect(text).toMatch(/\n9\.1 We agree that either of us may end this mentoring at any time/);
  });

  it('ends with signature lines that read as plain text: no Markdown, no escapes', () => {
    expect(text).toContain('\nSignatures\n----------\n\nWe have read this agreement, talked it through and agree to it.\n');
    expect(text).toContain(`\nMentee: Priya Raman\nSignature: ${SIGN_LINE}\nDate: ${SIGN_LINE}\n`);
    expect(text).toContain(`\nMentor: Tom Becker\nSignature: ${SIGN_LINE}\nDate: ${SIGN_LINE}\n`);
    expect(SIGN_LINE).toMatch(/^_{20,}$/);
    expect(text).not.toMatch(/\\|\*\*|^#/m);
  });

  it('keeps what was typed exactly, markup and all, since a text file runs nothing', () => {
    const state = { ...initialAgreement(), sections: { purpose: [{ id: 'u-1', key: '', text: '<img src=x onerror=alert(1)> *not bold* C:\\temp' }] } };
    const typed = { mentee: '<script>alert(1)</script>', mentor: '**Tom**', startDate: '', reviewDate: '' };
    const out = toTextFile(buildClauses(state, typed, library), typed, 'Workplace');
    expect(out).toContain('\n2.1 <img src=x onerror=alert(1)> *not bold* C:\\temp\n');
    expect(out).toContain('<script>alert(1)</script> (mentee) and **Tom** (mentor)');
    expect(out).toContain('\nMentee: <script>alert(1)</script>\n');
  });

  it('keeps a clause of several lines together, its later lines under its first', () => {
    const state = { ...initialAgreement(), sections: { purpose: [{ id: 'u-1', key: '', text: ' First line\n\n\n  second line \nthird ' }] } };
    const out = toTextFile(buildClauses(state, pair, library), pair, 'Workplace');
    expect(out).toContain('\n2.1 First line\n    second line\n    third\n');
  });

  it('leaves a line to write on for a name not yet given', () => {
    const noNames = { mentee: ' ', mentor: '', startDate: '', reviewDate: '' };
    const out = toTextFile(buildClauses(agreement, noNames, library), noNames, 'Workplace');
    expect(out).toContain(`\nMentee: ${BLANK}\nSignature: ${SIGN_LINE}\n`);
  });
});

describe('signatureBlock', () => {
  it('gives the mentee and the mentor by default', () => {
    expect(pairSigners(examples.youth.pair).map(([role]) => role)).toEqual(['Mentee', 'Mentor']);
  });

  it('has a name, signature and date for any number of people, in order', () => {
    const signers = [
      ['Mentee', 'Jordan'],
      ['Mentor', 'Sam Whitfield'],
      ['Parent or carer', ''],
      ['Programme coordinator', 'Dana Kelly'],
    ] as const;
    const block = signatureBlock(signers).join('\n');
    expect(block.match(/^Signature: /gm)).toHaveLength(4);
    expect(block.match(/^Date: /gm)).toHaveLength(4);
    expect(block).toContain(`Parent or carer: ${BLANK}\nSignature: ${SIGN_LINE}\nDate: ${SIGN_LINE}`);
    expect([...block.matchAll(/^([A-Z][\w ]+): (?!_)/gm)].map((m) => m[1])).toEqual(['Mentee', 'Mentor', 'Programme coordinator']);
    const { agreement, pair } = examples.youth;
    const whole = toTextFile(buildClauses(agreement, pair, library), pair, 'Youth programme', signers);
    expect(whole.match(/^Signature: /gm)).toHaveLength(4);
    expect(whole.trimEnd().endsWith(`Programme coordinator: Dana Kelly\nSignature: ${SIGN_LINE}\nDate: ${SIGN_LINE}`)).toBe(true);
  });
});

describe('a youth agreement', () => {
  it('has signature lines for a parent or carer and the programme coordinator as well as the pair', () => {
    const youth = examples.youth;
    const text = toTextFile(buildClauses(youth.agreement, youth.pair, library), youth.pair, 'Youth programme', signatories(youth.pair, library.presets.youth.signers));
    expect(text).toContain(`\nMentee: Jordan\nSignature: ${SIGN_LINE}`);
    expect(text).toContain(`\nParent or carer: ${BLANK}\nSignature: ${SIGN_LINE}\nDate: ${SIGN_LINE}\n`);
    expect(text).toContain(`\nProgramme coordinator: ${BLANK}\nSignature: ${SIGN_LINE}\nDate: ${SIGN_LINE}\n`);
    expect(text.match(/^Signature: /gm)).toHaveLength(4);
  });
});
