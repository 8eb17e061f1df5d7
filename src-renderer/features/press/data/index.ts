// What the press pages read and write, and what other features may use of press (a second
// public entry beside ../index.ts, so a reader does not load the press pages).
export { useRelease, useReleasesInReview, useVersions } from './use-releases';
export { useReleaseList, type ReleaseList } from './use-release-list';
export { useReleaseHits } from './use-release-hits';
export type { ReleaseRow } from './release-search';
export { useReleaseTags, useRenumberedOnArrival, useWarmReleaseIndex } from './use-release-list-upkeep';
export { useReleaseCommands } from './release-commands';
export { usePickups, useSends } from './use-release-distribution';
export { useDistributionCommands } from './distribution-commands';
export { useRequests } from './use-requests';
export { useRequestCommands } from './request-commands';
export { useContacts, useDistributionLists, useOutlets } from './use-media-network';
export { useContactCommands, useDistributionListCommands, useOutletCommands } from './media-network-commands';
export { useAgencyCommands } from './agency-commands';
export { usePressSettings, useSavePressSettings } from './press-settings';
export { usePressStats } from './use-press-stats';
export { useLoadOfficeLetterhead } from './use-office-letterhead';
// For other features' data/ code: release search (briefings) and a media contact's erasure (privacy).
export { searchReleaseIds } from './release-search';
export { currentReleaseTerms, releaseTerms } from '../model/release-terms';
export { eraseMediaContact } from './contact-privacy';
