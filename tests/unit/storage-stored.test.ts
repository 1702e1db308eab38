// The store's behaviour under the faults browsers really produce, with a fake browser and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stored, type StoredSpec } from '../../src/lib/storage';
import { installFakeBrowser, quotaError } from '../support/fake-browser';

interface Note { text: string }
const spec: StoredSpec<Note> = {
  id: 'note',
  label: 'Note',
  version: 1,
  parse: (input) =>
    typeof input === 'object' && input !== null && typeof (input as Note).text === 'string'
      ? { ok: true, data: { text: (input as Note).text } }
      : { ok: false, error: 'text is missing' },
  migrations: { 0: (d) => ({ text: String((d as { body: string }).body) }) },
  initial: () => ({ text: '' }),
};
const envelope = (text: string, v = 1) => JSON.stringify({ v, savedAt: '2026-11-01T10:00:00.000Z', data: v === 0 ? { body: text } : { text } });

const NOW = Date.parse('2026-11-26T12:00:00Z');
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  Object.defineProperty(globalThis, 'navigator', { configurable: true, value: {} });
});
afterEach(() => vi.useRealTimers());

describe('stored()', () => {
  it('touches nothing until started', () => {
    const browser = installFakeBrowser();
    const getItem = vi.spyOn(browser.storage, 'getItem');
    const store = stored(spec);
    expect(getItem).not.toHaveBeenCalled();
    expect(store.$status.get()).toEqual({ state: 'loading' });
  });

  it('loads, saves after the delay, and says when', () => {
    const browser = installFakeBrowser();
    browser.storage.setItem('gmg:note', envelope('hello'));
    const store = stored(spec, { saveDelayMs: 500 });
    store.start();
    expect(store.$data.get()).toEqual({ text: 'hello' });
    store.update(() => ({ text: 'hello there' }));
    expect(store.$status.get()).toEqual({ state: 'saving' });
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('hello');
    vi.advanceTimersByTime(500);
    const saved = JSON.parse(browser.storage.getItem('gmg:note')!);
    expect(saved).toMatchObject({ v: 1, savedAt: '2026-11-26T12:00:00.500Z', data: { text: 'hello there' } });
    // The edit is stamped, so that a merge with another copy knows it is newer.
    expect(Object.keys(saved.sync.s)).toEqual(['.text']);
    expect(store.$status.get()).toEqual({ state: 'saved', at: '2026-11-26T12:00:00.500Z' });
  });

  it('flushes at once when the page is hidden or closed', () => {
    const browser = installFakeBrowser();
    const store = stored(spec, { saveDelayMs: 5000 });
    store.start();
    store.update(() => ({ text: 'typed just before closing' }));
    browser.hide();
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('typed just before closing');
    store.update(() => ({ text: 'and more' }));
    browser.pagehide();
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('and more');
  });

  it('works in memory when storage is blocked, and says so', () => {
    installFakeBrowser({ blocked: true });
    const store = stored(spec);
    store.start();
    expect(store.$status.get()).toEqual({ state: 'blocked' });
    store.update(() => ({ text: 'kept in memory' }));
    vi.advanceTimersByTime(2000);
    expect(store.$data.get().text).toBe('kept in memory');
    expect(store.$status.get()).toEqual({ state: 'blocked' });
    expect(store.envelope().data.text).toBe('kept in memory');
  });

  it('keeps the text when storage is full, and resumes saving by itself', () => {
    const browser = installFakeBrowser();
    const store = stored(spec, { saveDelayMs: 100, retryMs: 1000 });
    store.start();
    browser.storage.failWith = quotaError();
    store.update(() => ({ text: 'a long answer' }));
    vi.advanceTimersByTime(100);
    expect(store.$status.get()).toMatchObject({ state: 'failed', reason: 'quota' });
    expect(store.$data.get().text).toBe('a long answer');
    browser.storage.failWith = null;
    vi.advanceTimersByTime(1000);
    expect(store.$status.get().state).toBe('saved');
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('a long answer');
  });

  it('sets a value that is not JSON aside under a quarantine key and starts empty', () => {
    const browser = installFakeBrowser();
    browser.storage.setItem('gmg:note', '{"v":1,"data":{"text":"half');
    const store = stored(spec);
    store.start();
    expect(browser.storage.getItem(`gmg:note:quarantine:${NOW}`)).toBe('{"v":1,"data":{"text":"half');
    expect(store.$data.get()).toEqual({ text: '' });
    const [notice] = store.$notices.get();
    expect(notice).toMatchObject({ kind: 'quarantined', key: `gmg:note:quarantine:${NOW}`, raw: '{"v":1,"data":{"text":"half' });
    // The bad value is replaced, so it is not set aside again on the next visit.
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data).toEqual({ text: '' });
  });

  it('migrates an older version on read and stores it in the current one', () => {
    const browser = installFakeBrowser();
    browser.storage.setItem('gmg:note', envelope('from version zero', 0));
    const store = stored(spec);
    store.start();
    expect(store.$data.get()).toEqual({ text: 'from version zero' });
    expect(JSON.parse(browser.storage.getItem('gmg:note')!)).toMatchObject({ v: 1, data: { text: 'from version zero' } });
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'migrated', from: 0, to: 1 });
  });

  it("takes another tab's change without writing it back", () => {
    const browser = installFakeBrowser();
    const store = stored(spec);
    store.start();
    const setItem = vi.spyOn(browser.storage, 'setItem');
    browser.otherTabWrites('gmg:note', envelope('from the other tab'));
    setItem.mockClear();
    expect(store.$data.get()).toEqual({ text: 'from the other tab' });
    expect(store.$notices.get().at(-1)).toMatchObject({ kind: 'other-tab' });
    vi.advanceTimersByTime(10_000);
    expect(setItem).not.toHaveBeenCalled();
  });

  it("merges this tab's unsaved typing with another tab's write: both tabs' fields are kept, nothing set aside", () => {
    interface Two { goal: string; why: string }
    const two: StoredSpec<Two> = {
      id: 'two', label: 'Two', version: 1, migrations: {}, initial: () => ({ goal: '', why: '' }),
      parse: (input) => ({ ok: true, data: input as Two }),
    };
    const browser = installFakeBrowser();
    const here = stored(two, { saveDelayMs: 1000 });
    here.start();
    // Another tab, with its own page state, edits the other field and saves first.
    const there = stored(two, { saveDelayMs: 1000 });
    there.start();
    here.update((d) => ({ ...d, goal: 'Publish a paper' }));
    there.update((d) => ({ ...d, why: 'For my next post' }));
    there.flush();
    browser.otherTabWrites('gmg:two', browser.storage.getItem('gmg:two'));
    expect(here.$data.get()).toEqual({ goal: 'Publish a paper', why: 'For my next post' });
    expect(JSON.parse(browser.storage.getItem('gmg:two')!).data).toEqual({ goal: 'Publish a paper', why: 'For my next post' });
    expect(Array.from({ length: browser.storage.length }, (_, i) => browser.storage.key(i)).filter((k) => k?.includes('quarantine'))).toEqual([]);
  });

  it('never writes over a value another tab stored without first merging it, even when no event arrived', () => {
    interface Two { goal: string; why: string }
    const two: StoredSpec<Two> = {
      id: 'two', label: 'Two', version: 1, migrations: {}, initial: () => ({ goal: '', why: '' }),
      parse: (input) => ({ ok: true, data: input as Two }),
    };
    const browser = installFakeBrowser();
    const stale = stored(two, { saveDelayMs: 100 });
    stale.start();
    const other = stored(two, { saveDelayMs: 100 });
    other.start();
    other.update((d) => ({ ...d, why: 'TAB2-WRITTEN-LATER' }));
    other.flush(); // no storage event reaches the stale page
    stale.update((d) => ({ ...d, goal: 'TAB1-TEXT' }));
    vi.advanceTimersByTime(100);
    expect(JSON.parse(browser.storage.getItem('gmg:two')!).data).toEqual({ goal: 'TAB1-TEXT', why: 'TAB2-WRITTEN-LATER' });
  });

  it('merges in the copy a closing page left under its own key, then removes that copy', () => {
    interface Two { goal: string; why: string }
    const two: StoredSpec<Two> = {
      id: 'two', label: 'Two', version: 1, migrations: {}, initial: () => ({ goal: '', why: '' }),
      parse: (input) => ({ ok: true, data: input as Two }),
    };
    const browser = installFakeBrowser();
    const closing = stored(two, { saveDelayMs: 1000 });
    closing.start();
    closing.update((d) => ({ ...d, why: 'typed just before closing' }));
    browser.pagehide();
    const copies = () => Array.from({ length: browser.storage.length }, (_, i) => browser.storage.key(i)!).filter((k) => k.includes(':pending:'));
    expect(copies()).toHaveLength(1);
    // As if another tab had written over the key without that tab's words (a race between closing tabs).
    browser.storage.setItem('gmg:two', JSON.stringify({ v: 1, savedAt: '2026-11-26T12:00:00.000Z', data: { goal: 'from the other tab', why: '' } }));
    const next = stored(two);
    next.start();
    expect(next.$data.get()).toEqual({ goal: 'from the other tab', why: 'typed just before closing' });
    expect(JSON.parse(browser.storage.getItem('gmg:two')!).data).toEqual({ goal: 'from the other tab', why: 'typed just before closing' });
    expect(copies()).toEqual([]);
  });

  it('shows the latest saved state after a back/forward restore', () => {
    const browser = installFakeBrowser();
    const store = stored(spec);
    store.start();
    browser.storage.setItem('gmg:note', envelope('saved while away')); // no event while frozen
    browser.restoreFromBfcache();
    expect(store.$data.get()).toEqual({ text: 'saved while away' });
  });

  it('replace() saves at once', () => {
    const browser = installFakeBrowser();
    const store = stored(spec, { saveDelayMs: 5000 });
    store.start();
    store.replace({ text: 'an example' });
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('an example');
  });
});
