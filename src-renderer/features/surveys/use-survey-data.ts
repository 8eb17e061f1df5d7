import { useLiveQuery } from 'dexie-react-hooks';
import type { SurveyRecord, SurveyResponseRecord } from '../../data';
import { useAppData } from '../../session/app-data';

/** Live surveys, newest first. */
export function useSurveys(): SurveyRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (await db.surveys.toArray()).filter((s) => !s.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [db]);
}

export function useSurvey(id: string | undefined): SurveyRecord | null | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (id ? ((await db.surveys.get(id)) ?? null) : null), [db, id]);
}

/** One survey's live responses, in entry order. */
export function useResponses(surveyId: string | undefined): SurveyResponseRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(
    async () => (surveyId ? (await db.surveyResponses.where('surveyId').equals(surveyId).toArray()).filter((r) => !r.deleted) : []),
    [db, surveyId],
  );
}

/** Response counts per survey id, for the list. */
export function useResponseCounts(): Map<string, number> | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.surveyResponses.each((r) => {
      if (!r.deleted) counts.set(r.surveyId, (counts.get(r.surveyId) ?? 0) + 1);
    });
    return counts;
  }, [db]);
}
