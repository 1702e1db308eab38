// The relationship check-in's script on a page.
import { mountTool } from '../shared/mount';
import { CheckInIsland } from './CheckInIsland';
import { checkin } from './index';

mountTool(checkin, CheckInIsland);
