/** The envelope fields that order two tags of the same record. */
export interface OrderedTag {
  id: string;
  planId: string;
  table: string;
  recordId: string;
  updatedAt: string;
  deleted: boolean;
}

/** Is `tag` written after `held`? Ties on updatedAt fall to the id, so every workstation agrees. */
export function isNewerTag(held: OrderedTag | undefined, tag: OrderedTag): boolean {
  return !held || held.updatedAt < tag.updatedAt || (held.updatedAt === tag.updatedAt && held.id < tag.id);
}

/**
 * One tag per (plan, record), the one written last. Two workstations may tag the same release
 * before sync meets (each wrote its own tag record): the plan report counts the release once,
 * under the tag written last, as the mission report does with work links (mission-work.ts).
 * Deleted tags are dropped first, so an untag on one PC does not hide a later tag on another.
 */
export function latestTags<T extends OrderedTag>(tags: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const tag of tags) {
    if (tag.deleted) continue;
    const key = `${tag.planId}:${tag.table}:${tag.recordId}`;
    if (isNewerTag(latest.get(key), tag)) latest.set(key, tag);
  }
  return [...latest.values()];
}
