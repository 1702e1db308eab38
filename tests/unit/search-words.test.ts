// Telling a real match from Pagefind's stand-in for a word it has not indexed.
import { describe, expect, it } from 'vitest';
import { holdsWordStarting, normaliseWord, queryWords } from '../../src/scripts/search-words';

describe('queryWords', () => {
  it('lower-cases, drops punctuation and empty words', () => {
    expect(queryWords('  WhatsApp,  “What’s”  - goal-setting ')).toEqual(['whatsapp', 'whats', 'goalsetting']);
    expect(normaliseWord('Mentors.')).toBe('mentors');
  });
});

describe('holdsWordStarting', () => {
  const content = 'Ask what they need. Mentoring: feedback, often.';
  it('is false when the matched words are only the start of the word typed (the stand-in)', () => {
    expect(holdsWordStarting(content, [1], 'whatsapp')).toBe(false);
  });
  it('is true for the word itself, or a longer word it begins, at a matched place', () => {
    expect(holdsWordStarting(content, [1], 'what')).toBe(true);
    expect(holdsWordStarting(content, [4, 5], 'feedb')).toBe(true);
    expect(holdsWordStarting(content, [4], 'mentoring')).toBe(true);
  });
  it('looks only at the matched places', () => {
    expect(holdsWordStarting(content, [0], 'feedback')).toBe(false);
    expect(holdsWordStarting(content, [99], 'ask')).toBe(false);
  });
});
