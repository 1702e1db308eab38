// The storage layer every tool uses. See DESIGN.md, "Keeping data".
export type { Envelope, Parsed, SaveStatus, StorageNotice, StoredSpec } from './types';
export { stored, storeFor, type StoredState } from './stored';
export * from './export-file';
export * from './transfer';
export { keysWithPrefix, readKey, removeKey, getStorage } from './backend';
export { decodeRaw, decodeValue, migrate } from './decode';
export { storageKey, quarantineKey, isQuarantineKey, wrap, readEnvelope } from './envelope';
export { statusText, shouldAnnounce, combineStatus } from './status-text';
export { $persistence, checkPersistence, requestPersistence, type Persistence } from './persistence';
export * from './read-fields';
