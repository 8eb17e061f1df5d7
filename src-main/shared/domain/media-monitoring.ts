import { z } from 'zod';
import { blobIdSchema } from '../blobs/blob-refs';
import { isoDate, thaiText, wallClockDateTime } from './validation';

/**
 * ติดตามข่าวและประเด็น (issue 24): news about the province from any source, grouped into issues
 * the office answers. The provincial office is the secretariat of the provincial spokesperson
 * team, whose report analyses this coverage (tone, issue, source, response time).
 *
 * What is logged is published content about the province and its agencies. The form asks staff
 * not to record the names or accounts of private individuals who post on social media: the
 * item names the page or outlet, and says what was said.
 */
export const MEDIA_SOURCE_KINDS = ['newspaper', 'tv', 'radio', 'online', 'social', 'line', 'other'] as const;
export type MediaSourceKind = (typeof MEDIA_SOURCE_KINDS)[number];

export const MEDIA_TONES = ['positive', 'neutral', 'negative'] as const;
export type MediaTone = (typeof MEDIA_TONES)[number];

// Only web links: z.url() alone takes javascript: and data: URLs, which a link on the page would run.
const optionalUrl = () =>
  z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .url({ message: 'monitoring.validation.url' })
      .max(2_000)
      .refine((url) => /^https?:\/\//i.test(url), { message: 'monitoring.validation.url' }),
  ]);

export const mediaItemSchema = z.object({
  /** When it was published or aired, Bangkok wall clock (YYYY-MM-DDTHH:MM). */
  publishedAt: wallClockDateTime(),
  headline: thaiText({ min: 1, max: 500 }),
  sourceKind: z.enum(MEDIA_SOURCE_KINDS, { message: 'validation.required' }),
  /** The outlet from the media network, when it is one. */
  outletId: z.string().uuid().nullable(),
  /** The outlet, page, programme or group as the item names it. */
  outletName: thaiText({ max: 200 }),
  url: optionalUrl(),
  /** A photo or scan of the clipping (newspaper, a screenshot of a LINE message). */
  clippingBlobId: blobIdSchema.nullable(),
  /** What it says, in a few lines (or the pasted text). */
  summary: thaiText({ max: 5_000 }),
  tone: z.enum(MEDIA_TONES, { message: 'validation.required' }),
  issueId: z.string().uuid().nullable(),
  /** The agency the news is about. */
  agencyId: z.string().uuid().nullable(),
  responseNeeded: z.boolean(),
  /** Estimated audience (circulation, views, members of the group); null: not known. */
  reach: z.number().int().min(0).max(10_000_000_000).nullable(),
  /** This item is the media using one of the office's releases. */
  releaseId: z.string().uuid().nullable(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

export const MEDIA_ISSUE_STATUSES = ['open', 'responding', 'monitoring', 'closed'] as const;
export type MediaIssueStatus = (typeof MEDIA_ISSUE_STATUSES)[number];

/** How the office answered: its own record (a clarification release, a briefing, a conference) or something else. */
export const ISSUE_RESPONSE_KINDS = ['release', 'briefing', 'conference', 'other'] as const;
export type IssueResponseKind = (typeof ISSUE_RESPONSE_KINDS)[number];

export const issueResponseSchema = z.object({
  kind: z.enum(ISSUE_RESPONSE_KINDS),
  recordId: z.string().uuid().nullable(),
  /** When the answer went out, Bangkok wall clock. */
  at: wallClockDateTime(),
  note: thaiText({ max: 1_000 }),
});
export type IssueResponse = z.infer<typeof issueResponseSchema>;

export const mediaIssueFieldsSchema = z.object({
  title: thaiText({ min: 1, max: 300 }),
  description: thaiText({ max: 5_000 }),
  status: z.enum(MEDIA_ISSUE_STATUSES),
  /** The tone of the issue for the province's image; the digest lists open negative issues. */
  tone: z.enum(MEDIA_TONES),
  ownerId: z.string().uuid().nullable(),
  agencyId: z.string().uuid().nullable(),
  /** When the office first saw it, Bangkok wall clock: the response time runs from here. */
  firstSeenAt: wallClockDateTime(),
  responses: z.array(issueResponseSchema).max(50),
  closedOn: isoDate().nullable(),
});

function checkIssue(issue: z.infer<typeof mediaIssueFieldsSchema>, ctx: z.RefinementCtx): void {
  issue.responses.forEach((response, index) => {
    // Wall clocks of the same zone compare as text.
    if (response.at < issue.firstSeenAt) ctx.addIssue({ code: 'custom', message: 'monitoring.validation.responseBeforeSeen', path: ['responses', index, 'at'] });
    if (response.kind !== 'other' && !response.recordId) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['responses', index, 'recordId'] });
  });
  if (issue.status === 'closed' && !issue.closedOn) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['closedOn'] });
}

export const mediaIssueSchema = mediaIssueFieldsSchema.superRefine(checkIssue);
export type MediaIssue = z.infer<typeof mediaIssueSchema>;
