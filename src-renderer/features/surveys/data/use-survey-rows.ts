import { liveRow, liveRows, useLiveDbQuery, type SurveyRecord, type SurveyResponseRecord } from '../../../data';

/** Live surveys, newest first. */
export function useSurveys(): SurveyRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.surveys)).sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
}

/** One live survey by id (a superseded version too); null when there is none. */
export function useSurvey(id: string | undefined): SurveyRecord | null | undefined {
  return useLiveDbQuery(async (db) => (id ? ((await liveRow(db.surveys, id)) ?? null) : null), [id]);
}

/** One survey's live responses, in entry order. */
export function useResponses(surveyId: string | undefined): SurveyResponseRecord[] | undefined {
  return useLiveDbQuery(
    async (db) => (surveyId ? (await db.surveyResponses.where('surveyId').equals(surveyId).toArray()).filter((r) => !r.deleted) : []),
    [surveyId],
  );
}

/** Questionnaire counts per survey id, for the list (second keyings left out). */
export function useResponseCounts(): Map<string, number> | undefined {
  return useLiveDbQuery(async (db) => {
    const counts = new Map<string, number>();
    await db.surveyResponses.each((r) => {
      // A paper form keyed twice (double entry) is one questionnaire.
      if (!r.deleted && r.keying !== 'second') counts.set(r.surveyId, (counts.get(r.surveyId) ?? 0) + 1);
    });
    return counts;
  });
}
