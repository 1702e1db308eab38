// Putting values into interface words. The words themselves are content (each tool's texts.ts, sent in the page).

/** A text with each {name} replaced by that value; a placeholder with no value is left as it is. */
export const fill = (text: string, values: object = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => String((values as Record<string, unknown>)[key] ?? whole));

/** A legend as a name in a sentence: "Milestone 2" becomes "milestone 2". */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Forms of a text for none, one and any other number {n}, as texts.ts writes them. */
export type Forms = Record<0 | 1 | 'other', string>;

/** The form of a text for a number, filled with it as {n} and with any other values. */
export const counted = (n: number, forms: Forms, values: object = {}): string =>
  fill((forms as Record<number, string>)[n] ?? forms.other, { ...values, n });
