import type { Pair } from '../pair/model';
import { fileDate } from '../shared/download';
import { BLANK, formatDate, type BuiltSection } from './model';
import { SignatureBlock } from './SignatureBlock';

/**
 * The agreement as it reads and prints: numbered clauses, then the signatures. The same view serves the screen
 * and the printer; the heading with both names and the date shows only on paper. Every typed value is JSX text.
 */
export function DocumentView({ sections, pair, presetLabel }: { sections: BuiltSection[]; pair: Pair; presetLabel: string }) {
  return (
    <article class="agreement-doc">
      <header class="print-only agreement-print-head">
        <h2>Mentoring agreement</h2>
        <p>
          {pair.mentee.trim() || BLANK} (mentee) and {pair.mentor.trim() || BLANK} (mentor)
        </p>
        <p>
          {presetLabel}
          {pair.startDate && ` · Starts ${formatDate(pair.startDate)}`} · Printed {formatDate(fileDate())}
        </p>
      </header>
      {sections.map((s) => (
        <section class="doc-section" key={s.id}>
          <h3>
            {s.number}. {s.title}
          </h3>
          <ol class="clauses">
            {s.clauses.map((c) => (
              <li key={c.number}>
                <span class="clause-no">{c.number}</span> <span class="clause-text">{c.text}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <SignatureBlock pair={pair} />
    </article>
  );
}
