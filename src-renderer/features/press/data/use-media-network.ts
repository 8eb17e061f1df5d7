import { mediaContactDisplayName } from '../../../../src-main/shared/domain/media';
import { liveRows, useLiveDbQuery, type DistributionListRecord, type MediaContactRecord, type MediaOutletRecord } from '../../../data';

// The media network (outlets, contacts, distribution lists), each in Thai alphabetical order.

export function useOutlets(): MediaOutletRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.mediaOutlets)).sort((a, b) => a.name.localeCompare(b.name, 'th')));
}

export function useContacts(): MediaContactRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.mediaContacts)).sort((a, b) => mediaContactDisplayName(a).localeCompare(mediaContactDisplayName(b), 'th')));
}

export function useDistributionLists(): DistributionListRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.distributionLists)).sort((a, b) => a.name.localeCompare(b.name, 'th')));
}
