import { describe, expect, it } from 'vitest';
import { surveyDashboard } from './dashboard';

describe('surveys dashboard card', () => {
  const surveys = [
    { id: 'a', superseded: true },
    { id: 'b', superseded: false },
    { id: 'c', superseded: false, deleted: true },
  ];
  it('counts this fiscal year only (1 Oct–30 Sep), open surveys, and the survey with the newest questionnaire', () => {
    const responses = [
      { surveyId: 'a', createdAt: '2025-09-30T05:00:00.000Z' }, // 30 ก.ย. 2568: FY 2568
      { surveyId: 'a', createdAt: '2025-10-01T05:00:00.000Z' }, // 1 ต.ค. 2568: FY 2569
      { surveyId: 'b', createdAt: '2026-03-01T02:00:00.000Z' },
      { surveyId: 'b', createdAt: '2026-04-01T02:00:00.000Z', deleted: true },
      { surveyId: 'c', createdAt: '2026-05-01T02:00:00.000Z' },
    ];
    expect(surveyDashboard(surveys, responses, 2569)).toEqual({ responses: 2, open: 1, latestSurveyId: 'b' });
  });
  it('a paper form keyed twice (double entry) is one questionnaire', () => {
    const responses = [
      { surveyId: 'b', createdAt: '2026-03-01T02:00:00.000Z' },
      { surveyId: 'b', createdAt: '2026-03-02T02:00:00.000Z', keying: 'second' as const },
    ];
    expect(surveyDashboard(surveys, responses, 2569).responses).toBe(1);
  });
  it('no questionnaires: no statistics link', () => {
    expect(surveyDashboard(surveys, [], 2569)).toEqual({ responses: 0, open: 1, latestSurveyId: null });
  });
});
