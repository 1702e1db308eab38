// Review and milestone dates as calendar events; the file itself is written by src/lib/ics.ts. Pure.
import { buildIcs as writeIcs, UID_DOMAIN as DOMAIN, type CalendarEvent } from '../../lib/ics';
import type { Pair } from '../pair/model';
import { fill, goalTitle, type GoalsState } from './model';
import type { GoalsTexts } from './texts';

export { escapeText, foldLine, type CalendarEvent } from '../../lib/ics';

/** The words of the events (texts.ts). */
export type CalendarTexts = GoalsTexts['calendar'];

/**
 * The dates worth a calendar entry: the pair's review, each open goal's next review and its open milestones.
 * UIDs are made of the relationship's id and the item's, so two pairs' reviews stay two events, and a later export
 * updates the same events instead of adding copies.
 */
export function calendarEvents(state: GoalsState, pair: Pair, w: CalendarTexts, relationship: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const names = [pair.mentee.trim(), pair.mentor.trim()].filter(Boolean).join(w.and);
  if (pair.reviewDate) {
    events.push({
      uid: `${relationship}-review@${DOMAIN}`,
      date: pair.reviewDate,
      summary: names ? fill(w.pairReview, { names }) : w.pairReviewNoNames,
      description: w.pairReviewWhy,
    });
  }
  for (const goal of state.goals) {
    if (goal.archived) continue;
    // Summaries name a long goal by its short title; the review's description gives it in full.
    const title = goalTitle(goal) || w.untitledGoal;
    const full = goal.title.trim() || title;
    const measure = goal.measure.trim();
    if (goal.nextReview) {
      events.push({
        uid: `${relationship}-goal-${goal.id}-review@${DOMAIN}`,
        date: goal.nextReview,
        summary: fill(w.goalReview, { title }),
        description: [fill(w.goal, { title: full }), measure && fill(w.measure, { measure }), names && fill(w.with, { names })]
          .filter(Boolean)
          .join('\n'),
      });
    }
    for (const m of goal.milestones) {
      if (!m.date || m.done) continue;
      events.push({
        uid: `${relationship}-goal-${goal.id}-milestone-${m.id}@${DOMAIN}`,
        date: m.date,
        summary: fill(w.milestone, { text: m.text.trim() || w.untitledMilestone }),
        description: fill(w.milestoneOf, { title }),
      });
    }
  }
  return events;
}

/** The goal worksheet's calendar file: the shared writer (src/lib/ics.ts) with this tool's name in PRODID. */
export const buildIcs = (events: CalendarEvent[], now: Date): string => writeIcs(events, now, 'Goal-setting worksheet');
