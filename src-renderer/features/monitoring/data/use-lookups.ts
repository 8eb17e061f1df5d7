import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { liveRows, useLiveDbQuery } from '../../../data';

export interface Choice {
  value: string;
  label: string;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'th');

/**
 * The choices the monitoring forms offer from other modules' tables, read here so the form
 * needs no other feature's pages: outlets of the media network (with their website for the
 * quick entry), agencies, staff, issues, and the newest releases, briefings and conferences.
 */
export function useMonitoringLookups() {
  return useLiveDbQuery(async (db) => {
    const [outlets, agencies, staff, issues, releases, briefings, conferences] = await Promise.all([
      liveRows(db.mediaOutlets),
      liveRows(db.agencies),
      liveRows(db.staff),
      liveRows(db.mediaIssues),
      db.pressReleases.orderBy('releaseDate').reverse().limit(300).toArray(),
      db.briefings.orderBy('date').reverse().limit(200).toArray(),
      db.pressConferences.orderBy('startsAt').reverse().limit(200).toArray(),
    ]);
    return {
      outlets: outlets.map((o) => ({ id: o.id, name: o.name, kind: o.kind, website: o.website })),
      outletChoices: outlets.map((o) => ({ value: o.id, label: o.name })).sort(byLabel),
      agencyChoices: agencies.map((a) => ({ value: a.id, label: a.name })).sort(byLabel),
      staffChoices: staff.map((s) => ({ value: s.id, label: staffDisplayName(s) })).sort(byLabel),
      issueChoices: issues.sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt)).map((i) => ({ value: i.id, label: i.title })),
      releaseChoices: releases.filter((r) => !r.deleted).map((r) => ({ value: r.id, label: [r.numberLabel, r.headline].filter(Boolean).join(' ') })),
      briefingChoices: briefings.filter((b) => !b.deleted).map((b) => ({ value: b.id, label: b.title })),
      conferenceChoices: conferences.filter((c) => !c.deleted).map((c) => ({ value: c.id, label: c.title })),
    };
  });
}
export type MonitoringLookups = NonNullable<ReturnType<typeof useMonitoringLookups>>;
