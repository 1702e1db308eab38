// "Where we stand"'s script on a page.
import { mountTool } from '../shared/mount';
import { StandingIsland } from './StandingIsland';
import { standing } from './index';

mountTool(standing, StandingIsland);
