import type { MediaIssue, MediaItem } from '../../../../src-main/shared/domain/media-monitoring';

/** A valid media item for tests, with what the test cares about overridden. */
export function sampleItem(overrides: Partial<MediaItem> = {}): MediaItem {
  return {
    publishedAt: '2026-12-07T09:30',
    headline: 'น้ำท่วมถนนสายหลักในอำเภอเมือง',
    sourceKind: 'online',
    outletId: null,
    outletName: 'ไทยรัฐออนไลน์',
    url: '',
    clippingBlobId: null,
    summary: '',
    tone: 'negative',
    issueId: null,
    agencyId: null,
    responseNeeded: false,
    reach: null,
    releaseId: null,
    ...overrides,
  };
}

export function sampleIssue(overrides: Partial<MediaIssue> = {}): MediaIssue {
  return {
    title: 'น้ำท่วมขังในเขตเทศบาล',
    description: '',
    status: 'open',
    tone: 'negative',
    ownerId: null,
    agencyId: null,
    firstSeenAt: '2026-12-07T09:30',
    responses: [],
    closedOn: null,
    ...overrides,
  };
}
