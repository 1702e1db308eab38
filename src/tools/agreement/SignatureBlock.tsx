import type { Pair } from '../pair/model';
import { BLANK } from './model';
import type { HeadingTag } from '../shared/headings';

/** Both signatures in one block that printing keeps on one page: name, a line to sign and a date each. */
export function SignatureBlock({ pair, heading: H }: { pair: Pair; heading: HeadingTag }) {
  const people: [string, string][] = [['Mentee', pair.mentee], ['Mentor', pair.mentor]];
  return (
    <section class="signature-block">
      <H>Signatures</H>
      <p>We have read this agreement, talked it through and agree to it.</p>
      <div class="signatures">
        {people.map(([role, name]) => (
          <div class="signature" key={role}>
            <p>
              <strong>{role}:</strong> {name.trim() || BLANK}
            </p>
            <p class="sign-line">Signature</p>
            <p class="sign-line">Date</p>
          </div>
        ))}
      </div>
    </section>
  );
}
