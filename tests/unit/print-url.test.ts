// The full address a printed link shows.
import { describe, expect, it } from 'vitest';
import { printUrl } from '../../src/lib/print-url';

describe('printUrl', () => {
  const site = new URL('https://mentoring.example.org');
  it('makes a site-relative link whole with the site origin, keeping its anchor', () => {
    expect(printUrl('/guide/closing-well/', site)).toBe('https://mentoring.example.org/guide/closing-well/');
    expect(printUrl('/guide/closing-well/#checklist', site)).toBe('https://mentoring.example.org/guide/closing-well/#checklist');
  });
  it('leaves other links alone: absolute, protocol-relative, in-page, missing, or no site', () => {
    expect(printUrl('https://www.mentoring.org/', site)).toBeUndefined();
    expect(printUrl('//cdn.example.com/x', site)).toBeUndefined();
    expect(printUrl('#checklist', site)).toBeUndefined();
    expect(printUrl(undefined, site)).toBeUndefined();
    expect(printUrl('/guide/', undefined)).toBeUndefined();
  });
});
