import { z } from 'astro/zod';
import { referenceKeys } from '../data/references';
import { toolIds } from '../tools/list';

/** The h2 sections every practice chapter has, in this order (the layout adds "References"). */
export const practiceSections = [
  'Why it matters',
  'How to do it',
  'What it sounds like',
  'Common pitfalls',
  'If you are the mentee',
  'Checklist',
] as const;

/**
 * The h2 sections every new "beyond" chapter of the second edition has, in this order (the layout adds
 * "References"). General enough for any topic a mentor and a mentee both act on; subtopics go in h3s.
 */
export const beyondSections = [
  'Why it matters',
  'What to do',
  'What it sounds like',
  'If you are the mentee',
  'If you are the mentor',
  'Checklist',
] as const;

/** What each chapter's frontmatter must hold. A wrong field fails the build, naming the file and the field. */
export const chapterSchema = z
  .strictObject({
    title: z.string().min(3).max(80),
    /** Used for search results, the meta description and the home page list. */
    description: z.string().min(40).max(170),
    /** Position in the reading order; unique across the guide. A decimal (10.5) slots a chapter between two. */
    order: z.number().positive(),
    /** Shorter title for the sidebar, when the full title is long. */
    sidebarLabel: z.string().max(40).optional(),
    /** 'start' is the short first-week path for new mentors and mentees, read right after the introduction. */
    kind: z.enum(['introduction', 'start', 'practice', 'beyond', 'conclusion', 'references']),
    /** For practice chapters: which of the seven practices (1 to 7) this is. */
    practice: z.number().int().min(1).max(7).optional(),
    /** The worksheet this chapter links to or embeds, if any. */
    tool: z.enum(toolIds).optional(),
    /** Keys into src/data/references.ts; rendered as the chapter's reference list. */
    references: z.array(z.enum(referenceKeys)).default([]),
  })
  .refine((data) => (data.kind === 'practice') === (data.practice !== undefined), {
    message: 'a practice chapter needs "practice" (1 to 7), and only a practice chapter may have it',
    path: ['practice'],
  });

export type ChapterData = z.infer<typeof chapterSchema>;
