import { liveRows, useLiveDbQuery, type DistributionListRecord, type MediaContactRecord, type MediaOutletRecord } from '../../../data';

// The press module's media network, read here for inviting media to a conference. In stored
// order, as the invite lists always showed them (press's own hooks sort by Thai name).

export function useMediaContacts(): MediaContactRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.mediaContacts));
}

export function useMediaOutlets(): MediaOutletRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.mediaOutlets));
}

export function useDistributionLists(): DistributionListRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.distributionLists));
}
