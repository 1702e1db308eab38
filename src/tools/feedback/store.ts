import type { StoredSpec } from '../../lib/storage';
import { describeState, emptyState, feedbackMigrations, isStateEmpty, parseFeedback, type FeedbackState } from './model';

/** Every feedback note, stored at gmg:feedback. Nothing is read until the builder starts it on the client. */
export const feedbackSpec: StoredSpec<FeedbackState> = {
  id: 'feedback',
  label: 'Feedback notes',
  version: 1,
  shape: { lists: { notes: { kind: 'note' } }, local: ['openId'] },
  parse: parseFeedback,
  migrations: feedbackMigrations,
  initial: emptyState,
  describe: describeState,
  isEmpty: isStateEmpty,
};
