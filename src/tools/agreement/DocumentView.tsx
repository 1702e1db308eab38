import type { Pair } from '../pair/model';
import { localDate } from '../../lib/dates';
import { BLANK, formatDate, type BuiltSection } from './model';
import { SignatureBlock } from './SignatureBlock';
import { heading, type Level } from '../shared/headings';

/**
 * The agreement as it reads and prints: numbered clauses, then the signatures. The same view serves the screen
 * and the printer; the heading with both names and the date shows only on paper. Every typed value is JSX text.
 */
export function DocumentView({ sections, pair, presetLabel, level, signers }: { sections: BuiltSection[]; pair: Pair; presetLabel: string; level: Level; signers?: readonly string[] | undefined }) {
  const [Title, Section] = [heading(level), heading(level, 1)];
  return (
    <article class="agreement-doc">
      <header class="print-only agreement-print-head">
        <Title>Mentoring agreement</Title>
        <p>
          {pair.mentee.trim() || BLANK} (mentee) and {pair.mentor.trim() || BLANK} (mentor)
        </p>
        <p>
          {presetLabel}
          {pair.startDate && ` · Starts ${formatDate(pair.startDate)}`} · Printed {formatDate(localDate(new Date()))}
        </p>
      </header>
      {sections.map((s) => (
        <section class="doc-section" key={s.id}>
          <Section>
            {s.number}. {s.title}
          </Section>
          <ol class="clauses">
            {s.clauses.map((c) => (
              <li key={c.number}>
                <span class="clause-no">{c.number}</span> <span class="clause-text">{c.text}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <SignatureBlock pair={pair} heading={Section} signers={signers} />
    </article>
  );
}
