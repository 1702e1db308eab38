// How a relationship is named on screen, from the pair's names. Pure.
import type { Pair } from '../../tools/pair/model';
import { partnerRole, type Relationship } from './model';

const first = (name: string) => name.trim();

/** "Amara Okafor and Dr Lena Fischer", "Amara Okafor", or "A relationship with no names yet". */
export function relationshipName(pair: Pair): string {
  const names = [first(pair.mentee), first(pair.mentor)].filter(Boolean);
  return names.length ? names.join(' and ') : 'A relationship with no names yet';
}

/** The label in lists: the names, marked when it is an example or archived. */
export function relationshipLabel(rel: Relationship, pair: Pair): string {
  const name = relationshipName(pair);
  return `${rel.example ? 'Example: ' : ''}${name}${rel.archived ? ' (archived)' : ''}`;
}

/** The partner's name for "Share with …", or a neutral phrase when the role or name is not known. */
export function partnerName(rel: Relationship, pair: Pair): string {
  const role = partnerRole(rel.me);
  const name = role ? pair[role].trim() : '';
  return name || 'your partner';
}
