import type { MediaItem, MediaSourceKind, MediaTone } from '../../../../src-main/shared/domain/media-monitoring';
import type { QuickEntry } from './quick-entry';

/**
 * A new item's form. Source kind and tone start empty on purpose: the schema then asks for
 * them, so a person chooses (the tone is never guessed, see quick-entry.ts). The cast only lets
 * the empty choice sit in a field typed as the choices.
 */
export function blankItem(publishedAt: string): MediaItem {
  return {
    publishedAt,
    headline: '',
    sourceKind: '' as MediaSourceKind,
    outletId: null,
    outletName: '',
    url: '',
    clippingBlobId: null,
    summary: '',
    tone: '' as MediaTone,
    issueId: null,
    agencyId: null,
    responseNeeded: false,
    reach: null,
    releaseId: null,
  };
}

/** The form filled from a quick entry: what it read, the rest blank. */
export function itemFromQuickEntry(entry: QuickEntry): MediaItem {
  return {
    ...blankItem(entry.publishedAt),
    headline: entry.headline,
    sourceKind: entry.sourceKind ?? ('' as MediaSourceKind),
    outletId: entry.outletId,
    outletName: entry.outletName,
    url: entry.url,
    summary: entry.summary,
  };
}
