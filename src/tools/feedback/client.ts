// The feedback builder's script on a page: mounts it into every placeholder the ToolIsland left.
import { mountTool } from '../shared/mount';
import { FeedbackBuilder } from './FeedbackBuilder';
import { feedback } from './index';

mountTool(feedback, FeedbackBuilder);
