import type { Pair } from '../pair/model';
import { BLANK, signatories } from './model';
import type { HeadingTag } from '../shared/headings';

/**
 * Every signature in one block that printing keeps on one page: name, a line to sign and a date each. The mentee
 * and the mentor always sign; `signers` adds the context's further roles (a youth programme's parent or carer).
 */
export function SignatureBlock({ pair, heading: H, signers = [] }: { pair: Pair; heading: HeadingTag; signers?: readonly string[] | undefined }) {
  const people = signatories(pair, signers);
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
