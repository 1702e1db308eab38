import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Explained as Flag, FeedbackTexts } from './explain';
import type { HeadingTag } from '../shared/headings';

const count = (n: number) => (n === 0 ? 'No suggestions' : `${n} suggestion${n === 1 ? '' : 's'}`);
const named = (f: Flag) => (f.start === f.end ? f.title : `“${f.found}” (${f.title.toLowerCase()})`);

/** What a screen reader hears once typing pauses: the count and what was found. */
export const lintSummary = (flags: Flag[]) => (flags.length ? `${count(flags.length)}: ${flags.map(named).join('; ')}.` : 'No suggestions.');

/**
 * The suggestions, each with the words, the reason, its source and a better phrasing, and a "Keep as written"
 * button that never blocks anything. Changes are announced politely after a pause in typing.
 */
export function LintPanel(props: {
  flags: Flag[];
  ui: FeedbackTexts['ui'];
  dismissed: number;
  heading: HeadingTag;
  onKeep(flag: Flag): void;
  onRestore(): void;
}) {
  const { flags } = props;
  const id = useId();
  const H = props.heading;
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [said, setSaid] = useState('');
  const summary = lintSummary(flags);
  const first = useRef(true);
  const quiet = useRef(false);
  /** After "Keep as written": where focus goes once the list has changed, and the count it changes from. */
  const focusAt = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (first.current || quiet.current) {
      first.current = quiet.current = false;
      return undefined;
    }
    const timer = setTimeout(() => setSaid(summary), 1200);
    return () => clearTimeout(timer);
  }, [summary]);

  useEffect(() => {
    if (!focusAt.current || focusAt.current[1] === flags.length) return;
    const [i] = focusAt.current;
    const buttons = list.current?.querySelectorAll('button');
    focusAt.current = null;
    (buttons?.[i] ?? buttons?.[i - 1] ?? heading.current)?.focus();
  });

  const keep = (f: Flag, i: number) => {
    quiet.current = true;
    focusAt.current = [i, flags.length];
    setSaid(`Kept ${f.start === f.end ? f.title.toLowerCase() : `“${f.found}”`} as written. ${count(flags.length - 1)} left.`);
    props.onKeep(f);
  };

  return (
    <section class="fb-lint no-print" aria-labelledby={id}>
      <H id={id} ref={heading} tabIndex={-1}>
        Language check
      </H>
      <p>
        <strong>{count(flags.length)}.</strong>{' '}
        {flags.some((f) => f.end > f.start) && `${props.ui.marked} `}
        {props.ui.keepAnything}
      </p>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      {flags.length > 0 && (
        <ol class="fb-flags" ref={list}>
          {flags.map((f, i) => (
            <li key={`${f.ruleId}${f.start}${f.key}`} data-rule={f.ruleId}>
              <p>
                <strong>{f.title}</strong>
                {f.end > f.start && <>: <q class="fb-found">{f.found}</q></>}
              </p>
              <p>
                {f.why} <span class="fb-source">Source: {f.source}.</span>
              </p>
              <p>
                <strong>Try:</strong> {f.suggestion}
              </p>
              <button type="button" onClick={() => keep(f, i)} aria-label={`Keep as written: ${named(f)}`}>
                Keep as written
              </button>
            </li>
          ))}
        </ol>
      )}
      {props.dismissed > 0 && (
        <p>
          {props.dismissed} kept as written.{' '}
          <button type="button" onClick={props.onRestore}>
            Show {props.dismissed === 1 ? 'it' : 'them'} again
          </button>
        </p>
      )}
    </section>
  );
}
