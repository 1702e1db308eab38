// Every store the site keeps, for the "Your data" page: export, import and delete all go through this list.
import type { StoredState } from '../lib/storage';
import { pairStore } from './pair/store';

export const toolStores: StoredState<any>[] = [pairStore];
