// The goal worksheet's script on a page: mounts it into every placeholder the ToolIsland left.
import { mountTool } from '../shared/mount';
import { GoalWorksheet } from './GoalWorksheet';
import { goals } from './index';

mountTool(goals, GoalWorksheet);
