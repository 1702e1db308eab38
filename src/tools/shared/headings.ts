/** Heading levels a tool may start at: 2 on its own page, deeper when it sits inside a chapter. */
export type Level = 2 | 3 | 4;

export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The heading element `depth` levels below `level` (h2 at level 2, depth 0). */
export const heading = (level: Level, depth = 0) => `h${Math.min(level + depth, 6)}` as HeadingTag;

/**
 * The level print-only views start at, wherever the tool sits: hidden on screen, they are outside the accessibility
 * tree, and at one fixed level a worksheet prints from a chapter exactly as from its own page.
 */
export const PRINT_LEVEL: Level = 2;
