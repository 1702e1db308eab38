// What the storage layer does when storage itself misbehaves (issue 16): it never writes over a value it could not
// read until the person has it, never writes over a newer version's data, reports what was really written, and asks
// before the page closes only while typed text could not be saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stored, type StoredSpec } from '../../src/lib/storage';
import { installFakeBrowser, quotaError } from '../support/fake-browser';

interface Note { text: string }
const spec: StoredSpec<Note> = {
  id: 'note', label: 'Note', version: 1, migrations: {}, initial: () => ({ text: '' }),
  parse: (input) =>
    typeof input === 'object' && input !== null && typeof (input as Note).text === 'string'
      ? { ok: true, data: { text: (input as Note).text } }
      : { ok: false, error: 'text is missing' },
};
const envelope = (text: string, v = 1) => JSON.stringify({ v, savedAt: '2026-11-01T10:00:00.000Z', data: { text } });
const NOW = Date.parse('2026-11-26T12:00:00Z');
const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  Object.defineProperty(globalThis, 'navigator', { configurable: true, value: {} });
});
afterEach(() => vi.useRealTimers());

describe('a stored value that cannot be read', () => {
  it('is not written over when there is no room to set it aside: saving waits until the person has a copy', () => {
    const browser = installFakeBrowser();
    const cut = `{"v":1,"savedAt":"2026-11-01T10:00:00.000Z","data":{"text":"${'x'.repeat(1000)}`;
    browser.storage.setItem('gmg:note', cut);
    browser.storage.failWith = quotaError();
    const store = stored(spec, { saveDelayMs: 100 });
    store.start();
    browser.storage.failWith = null;
    expect(store.$status.get()).toEqual({ state: 'held' });
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'held', raw: cut });
    store.update(() => ({ text: 'typed while held' }));
    vi.advanceTimersByTime(10_000);
    expect(browser.storage.getItem('gmg:note')).toBe(cut);
    expect(store.flush()).toMatchObject({ ok: false, message: expect.stringMatching(/could not be opened/) });
    // The person downloaded it and says so: now the typing is saved.
    store.release();
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('typed while held');
    expect(store.$status.get().state).toBe('saved');
  });

  it('is not written over when storage gives back something other than what it holds (a fault in reading)', () => {
    const browser = installFakeBrowser();
    browser.storage.setItem('gmg:note', envelope('the real text'));
    const fault = vi.spyOn(browser.storage, 'getItem').mockImplementation((key) => (key === 'gmg:note' ? '{"v":1,"da' : null));
    const store = stored(spec, { saveDelayMs: 100 });
    store.start();
    expect(store.$status.get()).toEqual({ state: 'held' });
    store.update(() => ({ text: 'typed' }));
    vi.advanceTimersByTime(1000);
    fault.mockRestore();
    expect(JSON.parse(browser.storage.getItem('gmg:note')!).data.text).toBe('the real text');
    expect(keys(browser.storage).filter((k) => k.includes('quarantine'))).toEqual([]);
  });

  it('is set aside, checked, and only then replaced by what could be recovered', () => {
    const browser = installFakeBrowser();
    browser.storage.setItem('gmg:note', '{"v":1,"da');
    const store = stored(spec);
    store.start();
    expect(browser.storage.getItem(`gmg:note:quarantine:${NOW}`)).toBe('{"v":1,"da');
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'quarantined', key: `gmg:note:quarantine:${NOW}` });
  });
});

describe('data written by a newer version of the site', () => {
  it('is opened read-only: nothing is written, and the status says why', () => {
    const browser = installFakeBrowser();
    const newer = envelope('from the future', 999);
    browser.storage.setItem('gmg:note', newer);
    const store = stored(spec, { saveDelayMs: 100 });
    store.start();
    expect(store.$status.get()).toEqual({ state: 'read-only', version: 999 });
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'newer', version: 999 });
    store.update(() => ({ text: 'typed here' }));
    vi.advanceTimersByTime(10_000);
    store.flush();
    expect(browser.storage.getItem('gmg:note')).toBe(newer);
    expect(keys(browser.storage)).toEqual(['gmg:note']);
  });
});

describe('saying what was written', () => {
  it('replace() and mergeIn() report a failed write, so an import never says "imported" when nothing was saved', () => {
    const browser = installFakeBrowser();
    const store = stored(spec);
    store.start();
    browser.storage.failWith = quotaError();
    expect(store.replace({ text: 'a 2.5 MB import' })).toMatchObject({ ok: false, reason: 'quota' });
    expect(store.$status.get()).toMatchObject({ state: 'failed', reason: 'quota' });
    browser.storage.failWith = null;
    expect(store.flush()).toEqual({ ok: true });
  });
});

describe('closing the page while text could not be saved', () => {
  it('asks first only while unsaved text exists that could not be written, and stops asking once saved', () => {
    const browser = installFakeBrowser();
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const store = stored(spec, { saveDelayMs: 100, retryMs: 1000 });
    store.start();
    store.update(() => ({ text: 'saved fine' }));
    vi.advanceTimersByTime(100);
    expect(add.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(0);
    browser.storage.failWith = quotaError();
    store.update(() => ({ text: 'cannot be saved' }));
    vi.advanceTimersByTime(100);
    expect(add.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(1);
    const event = Object.assign(new Event('beforeunload', { cancelable: true }), { returnValue: undefined as unknown });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    browser.storage.failWith = null;
    vi.advanceTimersByTime(1000);
    expect(store.$status.get().state).toBe('saved');
    expect(remove.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(1);
  });
});

describe('another tab deleting the data', () => {
  it('is followed, with what this page had offered back, and this page does not write it back by itself', () => {
    const browser = installFakeBrowser();
    const store = stored(spec, { saveDelayMs: 100 });
    store.start();
    store.update(() => ({ text: 'mine' }));
    vi.advanceTimersByTime(100);
    store.update(() => ({ text: 'mine, typed on' }));
    browser.otherTabWrites('gmg:note', null);
    expect(store.$data.get()).toEqual({ text: '' });
    expect(store.$notices.get().at(-1)).toMatchObject({ kind: 'deleted-elsewhere', kept: { text: 'mine, typed on' } });
    vi.advanceTimersByTime(10_000);
    expect(browser.storage.getItem('gmg:note')).toBeNull();
  });
});
