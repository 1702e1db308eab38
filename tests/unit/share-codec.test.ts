// The share link's data: compressed, optionally locked with a passphrase, and read back safely.
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, isLocked, PBKDF2_ITERATIONS } from '../../src/lib/share/codec';

const text = JSON.stringify({ app: 'good-mentoring-guide', notes: Array.from({ length: 40 }, (_, i) => `Note ${i}: we met and talked about the paper.`) });

describe('share links', () => {
  it('carry the text compressed, and give it back exactly', async () => {
    const fragment = await encodeFragment(text);
    expect(fragment).toMatch(/^d\.[\w-]+$/);
    expect(fragment.length).toBeLessThan(text.length / 3);
    expect(await decodeFragment(fragment)).toEqual({ ok: true, text });
  });

  it('keep any character, from accents to emoji', async () => {
    const words = 'Zoë’s plan — “1 paper” by März 🎓';
    expect(await decodeFragment(await encodeFragment(words))).toEqual({ ok: true, text: words });
  });

  it('lock with a passphrase: AES-GCM with a key from PBKDF2 at 600,000 iterations, a fresh salt and IV each time', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const a = await encodeFragment(text, 'blue heron');
    const b = await encodeFragment(text, 'blue heron');
    expect(isLocked(a)).toBe(true);
    expect(a).toMatch(/^p\.[\w-]{22}\.[\w-]{16}\.[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(Buffer.from('Note').toString('base64url'));
    expect(await decodeFragment(a, 'blue heron')).toEqual({ ok: true, text });
    expect(await decodeFragment(a)).toEqual({ ok: false, reason: 'locked' });
    expect(await decodeFragment(a, 'Blue heron')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('refuse what is not theirs, or is damaged, with a reason and no exception', async () => {
    const good = await encodeFragment(text);
    expect(await decodeFragment('section-2')).toEqual({ ok: false, reason: 'foreign' });
    expect(await decodeFragment(good.slice(0, good.length / 2))).toEqual({ ok: false, reason: 'damaged' });
    expect(await decodeFragment('d.<script>')).toEqual({ ok: false, reason: 'damaged' });
    const locked = await encodeFragment(text, 'x');
    expect(await decodeFragment(locked.slice(0, -4), 'x')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('stop at a size limit while decompressing, so a tiny link cannot fill the memory', async () => {
    const huge = '0'.repeat(6 * 1024 * 1024);
    const fragment = await encodeFragment(huge);
    expect(fragment.length).toBeLessThan(20_000);
    expect(await decodeFragment(fragment)).toEqual({ ok: false, reason: 'damaged' });
    expect((await decodeFragment(fragment, '', 7 * 1024 * 1024)).ok).toBe(true);
  });
});
