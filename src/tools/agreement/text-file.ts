// The agreement as a plain text file, for people who want to change the wording in their own editor or word
// processor before printing. Plain text runs nothing, so typed text goes in exactly as typed. Pure.
import type { Pair } from '../pair/model';
import { BLANK, type BuiltSection } from './model';

/**
 * Someone who signs: their role ("Mentee", "Parent or carer") and name ('' for one not yet given). The same shape
 * as the agreement's list of signatories, so that list can be passed as it is.
 */
export type Signer = readonly [role: string, name: string];

/** A line long enough to sign or date by hand on a printout. */
export const SIGN_LINE = '_'.repeat(30);

/** The people who sign when nothing else says so: the mentee and the mentor. */
export const pairSigners = (pair: Pair): Signer[] => [
  ['Mentee', pair.mentee],
  ['Mentor', pair.mentor],
];

const nameOr = (value: string) => value.trim() || BLANK;
/** A heading underlined with a character, the way plain-text documents mark one. */
const underlined = (text: string, mark: '=' | '-') => [text, mark.repeat(text.length)];

/** Typed text as one paragraph: blank lines dropped, later lines indented by `indent` spaces. */
function paragraph(text: string, indent: number): string {
  return text.trim().split(/\s*\n\s*/).join(`\n${' '.repeat(indent)}`);
}

/** For each person, in order: role and name, then a line to sign on and a line for the date; a blank line after each. */
export function signatureBlock(signers: readonly Signer[]): string[] {
  return signers.flatMap(([role, name]) => [`${role}: ${nameOr(name)}`, `Signature: ${SIGN_LINE}`, `Date: ${SIGN_LINE}`, '']);
}

export function toTextFile(sections: BuiltSection[], pair: Pair, presetLabel: string, signers: readonly Signer[] = pairSigners(pair)): string {
  const lines = [
    ...underlined('Mentoring agreement', '='),
    '',
    `${nameOr(pair.mentee)} (mentee) and ${nameOr(pair.mentor)} (mentor). ${presetLabel}.`,
    '',
  ];
  for (const section of sections) {
    lines.push(...underlined(`${section.number}. ${section.title}`, '-'), '');
    for (const clause of section.clauses) lines.push(`${clause.number} ${paragraph(clause.text, clause.number.length + 1)}`, '');
  }
  lines.push(...underlined('Signatures', '-'), '', 'We have read this agreement, talked it through and agree to it.', '');
  lines.push(...signatureBlock(signers));
  return lines.join('\n');
}
