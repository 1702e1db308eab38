// Every store the site keeps, for the "Your data" page: export, import and delete all go through this list.
import type { StoredState } from '../lib/storage';
import { agreementStore } from './agreement/store';
import { feedbackStore } from './feedback/store';
import { goalsStore } from './goals/store';
import { pairStore } from './pair/store';

export const toolStores: StoredState<any>[] = [pairStore, goalsStore, agreementStore, feedbackStore];
