// A goal's name in the worksheet's headings and lists, its printout and its calendar file: the short title its owner
// gave it, or else its first words, so that a paragraph-long goal does not become a paragraph-long heading.

/** Longer than this, a goal is named by its first words and offered a short title. */
export const SHORT_TITLE_MAX = 60;

/** The short title if there is one; else the goal itself, its first sentence, or its first words and "…". */
export function shortTitle(title: string, short = ''): string {
  const given = short.trim().replace(/\s+/g, ' ');
  if (given) return given;
  const text = title.trim().replace(/\s+/g, ' ');
  if (text.length <= SHORT_TITLE_MAX) return text;
  const sentence = /^(.+?)[.!?;](?:\s|$)/.exec(text)?.[1];
  if (sentence && sentence.length <= SHORT_TITLE_MAX) return sentence;
  const head = text.slice(0, SHORT_TITLE_MAX + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head.slice(0, SHORT_TITLE_MAX)).replace(/[\s,;:.!?–-]+$/, '')}…`;
}
