import { useEffect, useState } from 'react';
import { useDb } from '../../../data';
import { personalRecordCounts } from './record-counts';

/** personalRecordCounts, counted once when the records of processing open (not followed live); null until counted. */
export function usePersonalRecordCounts(): Record<string, number> | null {
  const db = useDb();
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    void personalRecordCounts(db).then((found) => live && setCounts(found));
    return () => {
      live = false;
    };
  }, [db]);
  return counts;
}
