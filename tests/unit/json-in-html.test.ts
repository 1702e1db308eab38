import { expect, it } from 'vitest';
import { jsonInHtml } from '../../src/lib/json-in-html';

it('keeps typed markup from closing the script element, and parses back to the same value', () => {
  const value = { clause: 'We agree </script><script>alert(1)</script> & <b>', n: 3 };
  const text = jsonInHtml(value);
  expect(text).not.toMatch(/[<>&]/);
  expect(JSON.parse(text)).toEqual(value);
});
