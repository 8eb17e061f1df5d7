import { z } from 'zod';
import { briefingSchema } from '../domain/briefing';
import { thaiText } from '../domain/validation';

/**
 * The director's briefing as printed: the stored briefing minus workflow bookkeeping, plus the
 * office name for the footer. One briefing, or a pack of several with the conference's run sheet.
 */
export const briefingPrintSchema = briefingSchema
  .pick({
    title: true,
    occasion: true,
    audience: true,
    spokesperson: true,
    situation: true,
    background: true,
    coreMessage: true,
    keyMessages: true,
    facts: true,
    qas: true,
    doNotSay: true,
    routingNotes: true,
    contacts: true,
    relatedReleases: true,
    urgency: true,
    secrecy: true,
    status: true,
    version: true,
    approvedBy: true,
    approvedAt: true,
    approvedByPosition: true,
    checklist: true,
    holdingStatement: true,
    date: true,
  })
  .strict();
export type BriefingPrint = z.infer<typeof briefingPrintSchema>;

export const briefingDocumentSchema = z
  .object({
    kind: z.literal('briefing'),
    officeName: thaiText({ min: 1, max: 300 }),
    briefing: briefingPrintSchema,
  })
  .strict();
export type BriefingDocument = z.infer<typeof briefingDocumentSchema>;

export const runSheetSchema = z
  .object({
    title: thaiText({ min: 1, max: 300 }),
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
    venue: thaiText({ max: 300 }),
    speakers: z.array(thaiText({ min: 1, max: 200 })).max(20),
    items: z.array(z.object({ time: z.string().max(10), item: thaiText({ min: 1, max: 300 }) }).strict()).max(60),
  })
  .strict();
export type RunSheet = z.infer<typeof runSheetSchema>;

/** ชุดเอกสารประกอบการแถลงข่าว: the run sheet first, then each briefing from a new page. */
export const briefingPackDocumentSchema = z
  .object({
    kind: z.literal('briefing-pack'),
    officeName: thaiText({ min: 1, max: 300 }),
    runSheet: runSheetSchema.nullable(),
    briefings: z.array(briefingPrintSchema).min(1).max(30),
  })
  .strict();
export type BriefingPackDocument = z.infer<typeof briefingPackDocumentSchema>;
