import { useEffect, useState } from 'react';
import type { Renumbering } from '../../../../src-main/shared/domain/press-numbering';
import { useDb } from '../../../data';
import { reconcileReleaseNumbers } from './release-actions';
import { warmReleaseIndex } from './release-index-session';

/** Builds the in-memory search index while the user looks at the list, before the first word is typed. */
export function useWarmReleaseIndex(): void {
  const db = useDb();
  useEffect(() => warmReleaseIndex(db), [db]);
}

/**
 * Data from another workstation may have brought a duplicate number: settle it on arrival. Gives
 * the numbers that moved (for the list to say so) and a setter to dismiss them.
 */
export function useRenumberedOnArrival() {
  const db = useDb();
  const [renumbered, setRenumbered] = useState<Renumbering[]>([]);
  useEffect(() => {
    void reconcileReleaseNumbers(db).then((changes) => {
      if (changes.length > 0) setRenumbered(changes);
    });
  }, [db]);
  return [renumbered, setRenumbered] as const;
}
