import { useId, useState } from 'preact/hooks';
import { formatDate, localDate } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { fill } from '../../lib/words';
import { focusLater } from '../shared/focus';
import type { Pair } from '../pair/model';
import { heading, type Level } from '../shared/headings';
import { CheckInForm } from './CheckInForm';
import { CheckInResults } from './CheckInResults';
import { checkInsBy, emptyCheckIn } from './checkin';
import { addCheckIn, LIMITS, people, removeCheckIn, type Person } from './model';
import { LiveRegion, Named, namesOf, useAnnounce, type Update } from './parts';
import type { MeetingsState } from './model';
import type { MeetingsTexts } from './texts';

export interface CheckInToolProps {
  /** The words (texts.ts), from the page. */
  t: MeetingsTexts;
  state: MeetingsState;
  update: Update;
  pair: Pair;
  level?: Level;
  /** YYYY-MM-DD; the device's date when not given. */
  today?: string;
}

/**
 * The relationship check-in: each person starts their own, the check-ins so far can be changed or removed, and the
 * results (answers worth a look, a chart per statement) follow.
 */
export function CheckInTool({ t, state, update, pair, level = 2, today = localDate(new Date()) }: CheckInToolProps) {
  const domId = useId();
  const H = heading(level);
  const Part = heading(level, 1);
  const w = t.checkIn;
  const names = namesOf(pair, t.names);
  const [said, announce] = useAnnounce();
  const [editing, setEditing] = useState('');
  const list = state.checkIns;
  const current = list.find((c) => c.id === editing);
  const startId = (by: Person) => `${domId}-start-${by}`;

  function start(by: Person) {
    if (list.length >= LIMITS.checkIns) return;
    const checkIn = emptyCheckIn(newId(), by, today);
    update((s) => addCheckIn(s, checkIn));
    setEditing(checkIn.id);
    announce(fill(t.said.checkInStarted, { name: names[by] }));
    focusLater(`${domId}-form`, 'input');
  }

  return (
    <div class="tool meetings-tool">
      <section class="mt-checkin" aria-labelledby={`${domId}-h`}>
        <H id={`${domId}-h`}>{w.heading}</H>
        <p class="hint">{w.hint}</p>
        <div class="button-row no-print">
          {people.map((by) => (
            <button type="button" key={by} id={startId(by)} onClick={() => start(by)}>{fill(w.start, { name: names[by] })}</button>
          ))}
        </div>
        {current && (
          <CheckInForm key={current.id} t={t} checkIn={current} names={names} update={update} domId={`${domId}-form`}
            onDone={() => {
              setEditing('');
              focusLater(startId(current.by));
            }} />
        )}
        {list.length > 0 && (
          <div class="no-print">
            <Part>{w.list}</Part>
            <ul class="mt-checkins">
              {people.flatMap((by) => checkInsBy(list, by)).map((c) => {
                const what = fill(w.item, { name: names[c.by], date: formatDate(c.date) || t.list.undated });
                return (
                  <li key={c.id}>
                    {what}{' '}
                    <Named words={w.edit} what={what} onClick={() => {
                      setEditing(c.id);
                      focusLater(`${domId}-form`, 'input');
                    }} />{' '}
                    <Named words={t.remove} what={what} class="mt-remove" onClick={() => {
                      update((s) => removeCheckIn(s, c.id));
                      if (editing === c.id) setEditing('');
                      announce(t.said.checkInDeleted);
                      focusLater(startId(c.by));
                    }} />
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <CheckInResults t={t} list={list} names={names} level={level} />
      </section>
      <LiveRegion said={said} />
    </div>
  );
}
