/**
 * A short random id for an item a person makes (a goal, a note, a clause, a meeting). Unique in practice across
 * devices, because merging two people's copies matches items by id; stable once made (calendar UIDs rely on it).
 */
export const newId = (): string =>
  Date.now().toString(36).slice(-5) + Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => (b % 36).toString(36)).join('');

/** What an id from outside (storage, an import, a share link) must look like to be used as it is. */
export const isUsableId = (id: string): boolean => /^[\w-]{1,64}$/.test(id);
