// The paragraph view that the guide's readability range is measured on.
import { expect, it } from 'vitest';
import { paragraphGrade, proseParagraphs } from '../../src/lib/prose';

const source = `---
title: A chapter
---

## A heading that is not prose

The first paragraph runs for long enough to count as real prose, with a second sentence after it. It goes on.

- A list item that is long enough to have twelve words in it, but is a list.
1. A numbered step that is also long enough to have twelve words in it.

<Exchange>
<Say who="mentor">A line of dialogue that is long enough to have twelve words in it.</Say>
</Exchange>

<Callout kind="evidence">

A paragraph inside a callout is prose too, and it should be counted like any other paragraph here.

</Callout>

Too short to judge.
`;

it('keeps running paragraphs, including those inside callouts, and leaves out headings, lists and dialogue', () => {
  const found = proseParagraphs(source);
  expect(found).toHaveLength(2);
  expect(found[0]).toMatch(/^The first paragraph/);
  expect(found[1]).toMatch(/^A paragraph inside a callout/);
  expect(found.join(' ')).not.toMatch(/heading|list item|numbered step|dialogue|Too short/);
});

it('grades longer, denser sentences higher', () => {
  const plain = '\nWe met. We talked. It went well. She said yes. He wrote it down. We set a date.\n';
  const dense = '\nThe programme coordinator considered the institutional implications of the mentoring relationship, particularly its confidentiality obligations and reporting responsibilities.\n';
  expect(paragraphGrade(dense)).toBeGreaterThan(paragraphGrade(plain) + 5);
});
