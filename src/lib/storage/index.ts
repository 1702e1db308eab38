// The storage layer every tool uses. README.md, "Keeping data", says how it behaves.
export type { Envelope, Parsed, SaveStatus, StorageNotice, StoredSpec } from './types';
export { stored, storeFor, storesUnder, type StoredState } from './stored';
export * from './export-file';
export * from './transfer';
export { keysWithPrefix, readKey, removeKey, writeKey, getStorage } from './backend';
export { decodeRaw, decodeValue, migrate } from './decode';
export { storageKey, scopedKey, quarantineKey, quarantineOf, isQuarantineKey, wrap, readEnvelope } from './envelope';
export { statusText, shouldAnnounce, combineStatus } from './status-text';
export { $persistence, checkPersistence, requestPersistence, type Persistence } from './persistence';
export * from './read-fields';
