import { useLiveDbQuery } from '../../../data';
import type { ReleaseRef } from '../model/release-links';
import { loadReleaseRefs, searchReleaseRefs } from './release-refs';

/** The linked releases still there, in link order; [] while loading. */
export function useLinkedReleases(ids: readonly string[]): ReleaseRef[] {
  return useLiveDbQuery((db) => loadReleaseRefs(db, ids), [ids.join('|')]) ?? [];
}

/** The picker's choices: the 8 releases best matching what is typed (the newest when nothing is); [] while loading. */
export function useReleaseChoices(query: string): ReleaseRef[] {
  return useLiveDbQuery((db) => searchReleaseRefs(db, query, 8), [query]) ?? [];
}
