// The meeting record's script on a page: mounts it into every placeholder the ToolIsland left.
import { mountTool } from '../shared/mount';
import { MeetingsIsland } from './MeetingsIsland';
import { meetings } from './index';

mountTool(meetings, MeetingsIsland);
