// Every store the site keeps, for the Your data page: export, import and delete all go through this list.
import { storeFor } from '../lib/storage';
import { pairSpec } from './pair/store';
import { tools } from './list';

export const everyStore = [pairSpec, ...tools.flatMap((tool) => tool.stores)].map((spec) => storeFor(spec));
