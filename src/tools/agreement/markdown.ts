// The agreement as Markdown, for people who keep notes in plain text. Pure.
import type { Pair } from '../pair/model';
import { BLANK, signatories, type BuiltSection } from './model';

/**
 * Makes typed text literal in Markdown: backslash-escapes the characters that start emphasis, links, code,
 * HTML and entities anywhere, and those that start a heading, list, quote or rule at the beginning of a line.
 * Line breaks inside the text become hard breaks; blank lines collapse so the paragraph stays whole.
 */
export function escapeMarkdown(text: string): string {
  return text
    .trim()
    .split(/\s*\n\s*/)
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>&|~!#]/g, '\\$&')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\\\n');
}

const name = (value: string) => escapeMarkdown(value.trim() || BLANK);
const signLine = escapeMarkdown(BLANK);

/** `signers` are the context's signers after the mentee and the mentor (see `signatories`). */
export function toMarkdown(sections: BuiltSection[], pair: Pair, presetLabel: string, signers: readonly string[] = []): string {
  const lines = [
    '# Mentoring agreement',
    '',
    `${name(pair.mentee)} (mentee) and ${name(pair.mentor)} (mentor). ${presetLabel}.`,
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.number}. ${section.title}`, '');
    for (const clause of section.clauses) lines.push(`${clause.number} ${escapeMarkdown(clause.text)}`, '');
  }
  lines.push('## Signatures', '', 'We have read this agreement, talked it through and agree to it.', '');
  for (const [role, person] of signatories(pair, signers)) {
    lines.push(`**${role}:** ${name(person)}  `, `Signature: ${signLine}  `, `Date: ${signLine}`, '');
  }
  return lines.join('\n');
}
