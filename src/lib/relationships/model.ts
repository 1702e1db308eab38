// The relationships this browser keeps: each a mentoring pair whose tools' data is stored under its own keys
// (gmg:r:<id>:<tool>). The list itself is local to this browser: which one is archived, which is an example, and
// which role the person here plays are not shared with the partner. Pure.
import { finish, isRecord, readArray, readBoolean, readEnum, readObject, readString, type Problems } from '../storage/read-fields';
import type { Parsed } from '../storage/types';
import { isUsableId } from '../ids';

export const roles = ['', 'mentor', 'mentee'] as const;
export type Role = (typeof roles)[number];

export interface Relationship {
  id: string;
  /** The role of the person using this browser in this relationship; '' when not said. */
  me: Role;
  archived: boolean;
  /** Made by "Try an example": shown as an example everywhere and removable in one click. */
  example: boolean;
  /** ISO date-time. */
  createdAt: string;
  /** Ids the partner's copy goes by, when a share was merged into this relationship rather than added as new. */
  aliases: string[];
}

export interface RelationshipList {
  list: Relationship[];
  /** The one last chosen, for a new tab. */
  active: string;
}

export const emptyRelationships = (): RelationshipList => ({ list: [], active: '' });

export const newRelationship = (id: string, now: Date, example = false): Relationship =>
  ({ id, me: '', archived: false, example, createdAt: now.toISOString(), aliases: [] });

export function parseRelationships(input: unknown): Parsed<RelationshipList> {
  const problems: Problems = [];
  const obj = readObject(input, '', problems);
  const seen = new Set<string>();
  const list = readArray(obj, 'list', '', problems, (item, path, pr) => {
    if (!isRecord(item)) return void pr.push(`${path.slice(0, -1)} is not an object`);
    const id = readString(item, 'id', path, pr);
    if (!isUsableId(id) || seen.has(id)) return void pr.push(`${path}id is missing, repeated or unusable`);
    seen.add(id);
    return {
      id,
      me: readEnum(item, 'me', roles, '', path, pr),
      archived: readBoolean(item, 'archived', path, pr),
      example: readBoolean(item, 'example', path, pr),
      createdAt: readString(item, 'createdAt', path, pr),
      aliases: Array.isArray(item.aliases) ? item.aliases.filter((a): a is string => typeof a === 'string' && isUsableId(a)) : [],
    };
  });
  return finish({ list, active: readString(obj, 'active', '', problems) }, problems);
}

/** Who the partner is, seen from this browser: the other role. */
export const partnerRole = (me: Role): Role => (me === 'mentor' ? 'mentee' : me === 'mentee' ? 'mentor' : '');
