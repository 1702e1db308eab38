import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema';

const guide = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/guide' }),
  schema: chapterSchema,
});

export const collections = { guide };
