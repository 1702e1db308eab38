/** The three worksheets: the one list the home page, tools index, chapters and tests read. */
export const toolIds = ['goals', 'feedback', 'agreement'] as const;
export type ToolId = (typeof toolIds)[number];

export interface ToolInfo {
  id: ToolId;
  name: string;
  /** One sentence: what the person leaves with. */
  summary: string;
  href: string;
}

export const tools: Record<ToolId, ToolInfo> = {
  goals: {
    id: 'goals',
    name: 'Goal-setting worksheet',
    summary:
      'Turn a wish into a plan you both can follow: SMART checks, a first step, milestones, check-ins and review dates.',
    href: '/tools/goals/',
  },
  feedback: {
    id: 'feedback',
    name: 'Feedback builder',
    summary:
      'Shape feedback or recognition step by step, with a language check that explains which words may land badly and why.',
    href: '/tools/feedback/',
  },
  agreement: {
    id: 'agreement',
    name: 'Boundary agreement generator',
    summary:
      'Agree how you will meet, talk, keep confidences and end well, then print the agreement and sign it.',
    href: '/tools/agreement/',
  },
};
