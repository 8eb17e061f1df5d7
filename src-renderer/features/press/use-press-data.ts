import { useCallback, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { mediaContactDisplayName } from '../../../src-main/shared/domain/media';
import type {
  AgencyRecord,
  DistributionListRecord,
  MediaContactRecord,
  MediaOutletRecord,
  PressPickupRecord,
  PressReleaseRecord,
  PressRequestRecord,
  PressSendRecord,
  ReleaseVersionRecord,
} from '../../data';
import { officeProfileRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { releaseWriteVersion, subscribeReleaseWrites } from './model/release-index-session';
import { findReleases, type ReleaseFilters, type ReleasePage } from './model/release-search';

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

export function useAgencies(): AgencyRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.agencies.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'th')), [db]);
}

/** Staff id → "นายสมชาย ใจดี", for "who approved". */
export function useStaffNames(): Map<string, string> {
  const { db } = useAppData();
  return (
    useLiveQuery(async () => new Map((await db.staff.toArray()).map((s) => [s.id, `${s.title}${s.firstName} ${s.lastName}`.trim()])), [db]) ??
    new Map<string, string>()
  );
}

export function useReleases(filters: ReleaseFilters, limit: number): ReleasePage | undefined {
  const { db } = useAppData();
  // The in-memory search index reads only the rows shown, so the live query alone would miss a
  // new matching release: the write counter re-asks after every committed change.
  const subscribe = useCallback((listener: () => void) => subscribeReleaseWrites(db, listener), [db]);
  const writes = useSyncExternalStore(subscribe, () => releaseWriteVersion(db));
  return useLiveQuery(() => findReleases(db, filters, limit), [db, filters, limit, writes]);
}

export function useRelease(id: string | undefined): PressReleaseRecord | null | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (id ? ((await db.pressReleases.get(id)) ?? null) : null), [db, id]);
}

export function useRequests(): PressRequestRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.pressRequests.toArray()).sort((a, b) => b.eventDate.localeCompare(a.eventDate)), [db]);
}

export function useOutlets(): MediaOutletRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.mediaOutlets.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'th')), [db]);
}

export function useContacts(): MediaContactRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(
    async () => live(await db.mediaContacts.toArray()).sort((a, b) => mediaContactDisplayName(a).localeCompare(mediaContactDisplayName(b), 'th')),
    [db],
  );
}

export function useDistributionLists(): DistributionListRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.distributionLists.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'th')), [db]);
}

export function useSends(releaseId: string): PressSendRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.pressSends.where('releaseId').equals(releaseId).toArray()).sort((a, b) => b.sentAt.localeCompare(a.sentAt)), [db, releaseId]);
}

export function usePickups(releaseId: string): PressPickupRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.pressPickups.where('releaseId').equals(releaseId).toArray()).sort((a, b) => b.date.localeCompare(a.date)), [db, releaseId]);
}

export function useVersions(releaseId: string): ReleaseVersionRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.pressReleaseVersions.where('releaseId').equals(releaseId).toArray()).sort((a, b) => a.versionNo - b.versionNo), [db, releaseId]);
}

/** The office's name as releases sign off with it. */
export function useOfficeName(): string {
  const { db } = useAppData();
  return useLiveQuery(async () => (await officeProfileRepo(db).get())?.officeName ?? '', [db]) ?? '';
}
