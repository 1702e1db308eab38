import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/offline/page-key';

describe('pageKey: the precached file that answers a navigation offline', () => {
  it('maps a folder address to its index.html', () => {
    expect(pageKey('/')).toBe('/index.html');
    expect(pageKey('/guide/accountability/')).toBe('/guide/accountability/index.html');
  });
  it('maps an address without its trailing slash to the same page', () => {
    expect(pageKey('/tools/goals')).toBe('/tools/goals/index.html');
  });
  it('keeps an .html address as it is', () => {
    expect(pageKey('/404.html')).toBe('/404.html');
  });
});
