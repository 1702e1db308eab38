// The name a checklist item is remembered by.
import { describe, expect, it } from 'vitest';
import { checklistValue } from '../../src/lib/checklist';

describe('checklistValue', () => {
  it('is the item’s words, lower case and hyphenated, without tags, entities or punctuation', () => {
    expect(checklistValue('No absolutes, labels, “I feel that you” or <em>but</em> after praise.')).toBe(
      'no-absolutes-labels-i-feel-that-you-or-but-after-praise',
    );
    expect(checklistValue('We reviewed last meeting&#39;s actions')).toBe('we-reviewed-last-meeting-s-actions');
  });

  it('differs for different items and is at most 60 characters, safe inside an attribute', () => {
    const a = checklistValue('The agenda was shared before the meeting.');
    const b = checklistValue('The next meeting is in both calendars.');
    expect(a).not.toBe(b);
    const long = checklistValue('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[\p{L}\p{N}-]+$/u);
  });
});
