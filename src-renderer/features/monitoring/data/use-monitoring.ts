import { liveRow, liveRows, useDbCommands, useLiveDbQuery, type MediaIssueRecord, type MediaItemRecord } from '../../../data';
import type { MediaIssue, MediaItem } from '../../../../src-main/shared/domain/media-monitoring';
import type { CoveragePeriod } from '../model/coverage-period';
import type { CoverageReport } from '../model/coverage-report';
import { loadCoverageReport } from './load-coverage';
import { itemsOfIssue, itemsPublishedBetween, openIssues } from './monitoring-reads';
import { mediaIssueRepo, mediaItemRepo } from './monitoring-repo';

/** Items of a period (newest first); undefined while loading. */
export function useMediaItems(start: string, end: string): MediaItemRecord[] | undefined {
  return useLiveDbQuery((db) => itemsPublishedBetween(db, start, end), [start, end]);
}

export function useMediaItem(id: string): MediaItemRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await liveRow(db.mediaItems, id)) ?? null, [id]);
}

export function useIssueItems(issueId: string): MediaItemRecord[] | undefined {
  return useLiveDbQuery((db) => itemsOfIssue(db, issueId), [issueId]);
}

export function useOpenIssues(): MediaIssueRecord[] | undefined {
  return useLiveDbQuery((db) => openIssues(db));
}

/** Every live issue, newest first seen first (an office has a few hundred a year). */
export function useAllIssues(): MediaIssueRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.mediaIssues)).sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt)));
}

export function useMediaIssue(id: string): MediaIssueRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await liveRow(db.mediaIssues, id)) ?? null, [id]);
}

export function useMonitoringCommands() {
  return useDbCommands((db) => ({
    createItem: (item: MediaItem) => mediaItemRepo(db).create(item),
    updateItem: (id: string, item: MediaItem) => mediaItemRepo(db).update(id, item),
    removeItem: (id: string) => mediaItemRepo(db).remove(id),
    createIssue: (issue: MediaIssue) => mediaIssueRepo(db).create(issue),
    updateIssue: (id: string, issue: MediaIssue) => mediaIssueRepo(db).update(id, issue),
  }));
}

/** The coverage report of a period, live (a new item changes it); undefined while loading. */
export function useCoverageReport(period: CoveragePeriod): CoverageReport | undefined {
  return useLiveDbQuery((db) => loadCoverageReport(db, period), [period.start, period.end, period.span]);
}

/**
 * The issues a release (briefing, conference) answered. Responses have no index of their own; an
 * office has a few hundred issues a year, so reading them all is cheap on one record's page.
 */
export function useIssuesAnsweredBy(recordId: string): MediaIssueRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.mediaIssues)).filter((i) => i.responses.some((r) => r.recordId === recordId)), [recordId]);
}
