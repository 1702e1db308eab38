// The tools, in the order the site lists them: the one list everything reads (pages, chapter schema, Your data,
// the budget and the tests). A new tool is a folder with index.ts, content.ts and client.ts, plus a line here.
import { agreement } from './agreement/index';
import { checkin } from './checkin/index';
import { feedback } from './feedback/index';
import { goals } from './goals/index';
import { meetings } from './meetings/index';
import { standing } from './standing/index';

export const tools = [goals, feedback, agreement, meetings, checkin, standing] as const;

export type Tool = (typeof tools)[number];
export type ToolId = Tool['id'];
export const toolIds = tools.map((t) => t.id) as [ToolId, ...ToolId[]];

export function toolById(id: ToolId): Tool {
  return tools.find((t) => t.id === id)!;
}
