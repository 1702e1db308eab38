// "Add the next meeting to a calendar": the next meeting as one all-day event with the pair's UID scheme.
import { describe, expect, it } from 'vitest';
import { datedAround } from '../../src/lib/dates';
import { meetingsExample } from '../../src/tools/meetings/examples';
import { meetingEvent, nextMeetingIcs } from '../../src/tools/meetings/ics';
import { meetingsTexts } from '../../src/tools/meetings/texts';

const TODAY = '2027-03-01';
const NOW = new Date('2027-03-01T09:00:00Z');
const { pair, meetings } = datedAround(meetingsExample, TODAY);
const w = meetingsTexts.calendar;

/** The file unfolded into its lines, as a calendar app reads it. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('nextMeetingIcs', () => {
  const ics = nextMeetingIcs(meetings, pair, 'rel42', TODAY, NOW, w)!;

  it('holds one event, the next meeting, on its day, with the relationship’s and the meeting’s ids in its UID', () => {
    const read = lines(ics);
    expect(read.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(read).toContain('UID:rel42-meeting-ex-m4@goodmentoringguide.org');
    expect(read).toContain('DTSTART;VALUE=DATE:20270308');
    expect(read).toContain('DTEND;VALUE=DATE:20270309');
    expect(read).toContain('PRODID:-//The Good Mentoring Guide//Meeting record//EN');
    expect(read).toContain('SUMMARY:Mentoring meeting: Amara Okafor and Dr Lena Fischer');
  });

  it('lists the agenda and the actions still open in the description', () => {
    const description = unescape(lines(ics).find((l) => l.startsWith('DESCRIPTION:'))!.slice('DESCRIPTION:'.length));
    expect(description.split('\n')).toEqual([
      'Agenda:',
      ...meetingsTexts.templates.regular.map((t) => `- ${t}`),
      '- Which of the two journals, and why',
      '- How feedback on drafts could work better for Amara',
      'Open actions:',
      '- Ask a colleague whether the journal takes negative results',
      '- Email the seminar organiser for a slot next term',
      '- Draft the results section',
    ]);
  });

  it('is the same event each time it is made, so a calendar updates it rather than adding a copy', () => {
    const again = nextMeetingIcs(meetings, pair, 'rel42', TODAY, new Date('2027-03-02T10:00:00Z'), w)!;
    const withoutStamp = (s: string) => s.replace(/DTSTAMP:\S+/, '');
    expect(withoutStamp(again)).toBe(withoutStamp(ics));
  });

  it('is null when no meeting is dated from today on', () => {
    expect(nextMeetingIcs(meetings, pair, 'rel42', '2027-03-09', NOW, w)).toBeNull();
  });

  it('has words for a pair with no names yet and a meeting with nothing on it', () => {
    const bare = meetingEvent({ meetings: [], actions: [], checkIns: [] }, { id: 'm', date: TODAY, kind: 'regular', agenda: [], notes: '', decisions: [] },
      { mentee: '', mentor: ' ' }, 'r', w);
    expect(bare).toEqual({ uid: 'r-meeting-m@goodmentoringguide.org', date: TODAY, summary: 'Mentoring meeting', description: '' });
  });
});
