// The agreement generator's script on a page: mounts it into every placeholder the ToolIsland left.
import { mountTool } from '../shared/mount';
import { AgreementBuilder } from './AgreementBuilder';
import { agreement } from './index';

mountTool(agreement, AgreementBuilder);
