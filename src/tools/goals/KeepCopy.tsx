import { fileName } from '../../lib/file-names';
import { counted } from '../../lib/words';
import { relationshipShare, shareText } from '../../lib/share/payload';
import { $activeId, scopedStore } from '../../lib/relationships/store';
import { PrintButton } from '../shared/PrintButton';
import type { HeadingTag } from '../shared/headings';
import { useDownloads } from '../shared/useDownloads';
import { downloadText } from '../shared/download';
import { pairSpec } from '../pair/store';
import { buildIcs, calendarEvents } from './ics';
import { goalsSpec } from './store';
import type { GoalsTexts } from './texts';

/** Print, the JSON file for Your data, and the calendar file, each saying what it made. */
export function KeepCopy({ t, H }: { t: GoalsTexts; H: HeadingTag }) {
  const w = t.worksheet;
  const files = useDownloads();
  const pair = () => scopedStore(pairSpec).$data.get();
  const json = () => {
    const p = pair();
    return { name: fileName(['goals'], 'json'), text: shareText(relationshipShare($activeId.get(), { mentee: p.mentee, mentor: p.mentor }, '', ['goals']), true) };
  };
  const calendar = () => {
    const events = calendarEvents(scopedStore(goalsSpec).$data.get(), pair(), t.calendar, $activeId.get());
    if (events.length) downloadText(fileName(['goals'], 'ics'), buildIcs(events, new Date()), 'text/calendar');
    files.say(counted(events.length, w.icsMade));
  };
  return (
    <>
      <H>{w.keepCopy}</H>
      <div class="button-row">
        <PrintButton />
        <button type="button" onClick={() => files.download(json)}>{w.downloadJson}</button>
        <button type="button" onClick={calendar}>{w.downloadIcs}</button>
      </div>
      <p class="hint">{w.keepCopyHint}</p>
      {files.note}
    </>
  );
}
