// A relationship's data in a link: compressed with the browser's CompressionStream (deflate-raw), optionally
// encrypted with a passphrase (PBKDF2-SHA-256, 600,000 iterations, 16-byte salt -> AES-GCM 256 with a 12-byte IV),
// then base64url, after the # of the address. Browsers never send what follows # to a server.
//   #d.<data>                    plain
//   #p.<salt>.<iv>.<data>        locked with a passphrase

export const PBKDF2_ITERATIONS = 600_000;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  if (!/^[\w-]*$/.test(text)) throw new Error('the link has characters a share link never has');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function keyFrom(passphrase: string, salt: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The fragment (without #) that carries `text`. */
export async function encodeFragment(text: string, passphrase = ''): Promise<string> {
  const packed = await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  if (!passphrase) return `d.${toBase64Url(packed)}`;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFrom(passphrase, salt), packed as BufferSource));
  return `p.${toBase64Url(salt)}.${toBase64Url(iv)}.${toBase64Url(sealed)}`;
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: 'locked' | 'wrong-passphrase' | 'damaged' | 'foreign' };

/** Whether a fragment needs a passphrase. */
export const isLocked = (fragment: string): boolean => fragment.startsWith('p.');

/** Reads a fragment back; never throws. `maxBytes` caps what decompression may produce (a zip bomb stops there). */
export async function decodeFragment(fragment: string, passphrase = '', maxBytes = 5 * 1024 * 1024): Promise<Decoded> {
  const parts = fragment.split('.');
  try {
    let packed: Uint8Array;
    if (parts[0] === 'd' && parts.length === 2) packed = fromBase64Url(parts[1]!);
    else if (parts[0] === 'p' && parts.length === 4) {
      if (!passphrase) return { ok: false, reason: 'locked' };
      const [salt, iv, sealed] = parts.slice(1).map(fromBase64Url) as [Uint8Array, Uint8Array, Uint8Array];
      try {
        packed = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, await keyFrom(passphrase, salt), sealed as BufferSource));
      } catch {
        return { ok: false, reason: 'wrong-passphrase' };
      }
    } else return { ok: false, reason: 'foreign' };
    const reader = new Blob([packed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'damaged' };
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) (all.set(c, at), (at += c.length));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(all) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/**
 * Longest link we offer to send. Chat apps and mail programs carry links far longer (WhatsApp and Slack take
 * tens of thousands of characters in a message), but some mail programs wrap or cut long lines and some chat
 * previews choke; 8,000 characters stays clear of all of these with room to spare. Longer: send the file.
 */
export const MAX_LINK_LENGTH = 8000;
