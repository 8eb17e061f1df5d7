import { z } from 'zod';
import { isoDate, optionalWallClockDateTime, thaiText } from './validation';

/**
 * Press service (งานบริการข่าวสาร): requests from agencies, news releases with their
 * workflow and running number, the record of each send and of each pickup by the media.
 */

/** What a requesting agency wants covered (คำขอรับบริการ). */
export const REQUEST_SERVICES = ['news', 'photo', 'video', 'mc', 'live'] as const;
export type RequestService = (typeof REQUEST_SERVICES)[number];

export const REQUEST_STATUSES = ['new', 'assigned', 'done', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

const time = z.union([z.literal(''), z.string().regex(/^\d{2}:\d{2}$/, { message: 'validation.time' })]);
const staffId = z.string().max(64).nullable();

export const pressRequestSchema = z.object({
  agencyId: z.string().uuid({ message: 'validation.required' }),
  contactName: thaiText({ max: 120 }),
  contactPhone: z.string().trim().max(60),
  title: thaiText({ min: 1, max: 300 }),
  eventDate: isoDate(),
  eventTime: time,
  place: thaiText({ max: 300 }),
  services: z.array(z.enum(REQUEST_SERVICES)).min(1, { message: 'press.validation.services' }),
  assignedStaffId: staffId,
  status: z.enum(REQUEST_STATUSES),
  note: thaiText({ max: 2_000 }),
});
export type PressRequest = z.infer<typeof pressRequestSchema>;

/** ร่าง → ตรวจทาน → อนุมัติ → เผยแพร่ */
export const RELEASE_STATUSES = ['draft', 'review', 'approved', 'published'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const releaseQuoteSchema = z.object({
  speaker: thaiText({ min: 1, max: 200 }),
  text: thaiText({ min: 1, max: 2_000 }),
});
export type ReleaseQuote = z.infer<typeof releaseQuoteSchema>;

export const releasePhotoSchema = z.object({
  blobId: z.string().regex(/^[0-9a-f]{64}$/),
  thumbBlobId: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().max(255),
  caption: thaiText({ max: 500 }),
  credit: thaiText({ max: 200 }),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});
export type ReleasePhoto = z.infer<typeof releasePhotoSchema>;

/** One step of the workflow, kept so staff see who did what and when. */
export const RELEASE_EVENT_KINDS = ['submitted', 'returned', 'approved', 'published', 'renumbered', 'commented'] as const;
export type ReleaseEventKind = (typeof RELEASE_EVENT_KINDS)[number];
export const releaseEventSchema = z.object({
  kind: z.enum(RELEASE_EVENT_KINDS),
  by: z.string().max(64),
  at: z.string().datetime(),
  comment: thaiText({ max: 2_000 }),
});
export type ReleaseEvent = z.infer<typeof releaseEventSchema>;

/** The fields a writer edits (the form). */
export const releaseContentSchema = z.object({
  headline: thaiText({ min: 1, max: 300 }),
  dateline: thaiText({ max: 120 }),
  releaseDate: isoDate(),
  lead: thaiText({ max: 3_000 }),
  body: thaiText({ min: 1, max: 50_000 }),
  quotes: z.array(releaseQuoteSchema).max(20),
  tags: z.array(thaiText({ min: 1, max: 60 })).max(30),
  agencyId: z.string().uuid().nullable(),
  requestId: z.string().uuid().nullable(),
  /** ห้ามเผยแพร่ก่อน: local date-time `YYYY-MM-DDTHH:mm` (Bangkok), or '' for none. */
  embargoAt: optionalWallClockDateTime(),
});
export type ReleaseContent = z.infer<typeof releaseContentSchema>;

export const pressReleaseSchema = releaseContentSchema.extend({
  photos: z.array(releasePhotoSchema).max(60),
  status: z.enum(RELEASE_STATUSES),
  /** Running number within `beYear`; null until approval. */
  number: z.number().int().positive().nullable(),
  beYear: z.number().int().min(2400).max(2800).nullable(),
  /** The number as printed, fixed at approval so a later format change does not rewrite history. */
  numberLabel: z.string().max(120),
  approvedAt: z.string().datetime().nullable(),
  approvedBy: z.string().max(64).nullable(),
  /**
   * The approver's name and position as they were at approval (issue 19): the PDF prints these,
   * never whoever is signed in when it is printed. Absent on releases approved before sign-in.
   */
  approverName: z.string().max(300).nullable().optional(),
  approverPosition: z.string().max(200).nullable().optional(),
  publishedAt: z.string().datetime().nullable(),
  events: z.array(releaseEventSchema).max(500),
  /** Search terms of headline, lead, body, quotes and tags (thaiSearchTerms), multiEntry-indexed. */
  terms: z.array(z.string().max(200)).max(20_000),
});
export type PressRelease = z.infer<typeof pressReleaseSchema>;

/** A saved copy of the text at a workflow step, for the diff between versions. */
export const releaseVersionSchema = z.object({
  releaseId: z.string().uuid(),
  versionNo: z.number().int().positive(),
  reason: z.enum(RELEASE_EVENT_KINDS),
  headline: z.string().max(300),
  lead: z.string().max(3_000),
  body: z.string().max(50_000),
});
export type ReleaseVersion = z.infer<typeof releaseVersionSchema>;

export const SEND_CHANNELS = ['line', 'facebook', 'email', 'other'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** One release sent to one recipient (a contact, or a whole outlet's group). */
export const pressSendSchema = z.object({
  releaseId: z.string().uuid(),
  channel: z.enum(SEND_CHANNELS),
  contactId: z.string().uuid().nullable(),
  outletId: z.string().uuid().nullable(),
  recipientName: thaiText({ min: 1, max: 200 }),
  /** LINE ID, e-mail address or group name the text went to. */
  address: z.string().trim().max(200),
  sentAt: z.string().datetime(),
});
export type PressSend = z.infer<typeof pressSendSchema>;

/** Where the media used the release (การนำข่าวไปเผยแพร่). */
export const pressPickupSchema = z.object({
  releaseId: z.string().uuid(),
  outletId: z.string().uuid().nullable(),
  outletName: thaiText({ min: 1, max: 200 }),
  url: z.union([z.literal(''), z.string().trim().url({ message: 'press.validation.url' }).max(1_000)]),
  clipping: thaiText({ max: 1_000 }),
  date: isoDate(),
});
export type PressPickup = z.infer<typeof pressPickupSchema>;

export const DEFAULT_NUMBER_FORMAT = 'ข่าวที่ {n}/{year}';

/** Office-wide press settings: one record with a fixed id. */
/** The running number's place in a format: `{n}`, or `{n:3}` padded to three digits (formatRunningNumber). */
const NUMBER_PLACE = /\{n(?::\d)?\}/;

export const pressSettingsSchema = z.object({
  numberFormat: thaiText({ min: 1, max: 80 }).refine((f) => NUMBER_PLACE.test(f), { message: 'press.validation.numberFormat' }),
});
export type PressSettings = z.infer<typeof pressSettingsSchema>;
export const PRESS_SETTINGS_ID = '0190a000-0000-7000-8000-00000000a001';
