import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import type { PressConference, PressStatement } from '../../../../src-main/shared/domain/press-conference';
import type { BriefingPrint, RunSheet } from '../../../../src-main/shared/pdf/briefing';
import type { Letterhead } from '../../../../src-main/shared/pdf/document-parts';
import type { PdfRenderRequest } from '../../../../src-main/shared/pdf/documents';
import type { ConferenceHeading } from '../../../../src-main/shared/pdf/press-conference';
import { printedReleaseLines, type ReleaseRef } from './release-links';

/** Printed in place of a number for a linked release still in draft (the PDF is always Thai). */
export const UNNUMBERED_RELEASE = '(ข่าวยังไม่ออกเลข)';

/**
 * The printed part of a stored briefing (workflow bookkeeping and attachments stay behind).
 * `releases` are the linked press releases as loaded, printed as number + headline.
 */
export function briefingPrint(b: Briefing, releases: readonly ReleaseRef[] = []): BriefingPrint {
  return {
    title: b.title,
    occasion: b.occasion,
    audience: b.audience,
    spokesperson: b.spokesperson,
    situation: b.situation,
    background: b.background,
    coreMessage: b.coreMessage,
    keyMessages: b.keyMessages,
    facts: b.facts,
    qas: b.qas,
    doNotSay: b.doNotSay,
    routingNotes: b.routingNotes,
    contacts: b.contacts,
    relatedReleases: printedReleaseLines(b.relatedReleaseIds, b.relatedReleases, releases, UNNUMBERED_RELEASE),
    urgency: b.urgency,
    secrecy: b.secrecy,
    status: b.status,
    version: b.version,
    approvedBy: b.approvedBy,
    approvedAt: b.approvedAt,
    approvedByPosition: b.approvedByPosition,
    checklist: b.checklist,
    holdingStatement: b.holdingStatement,
    date: b.date,
  };
}

const OFFICE_FALLBACK = 'สำนักงานประชาสัมพันธ์จังหวัด';

export function briefingRequest(b: Briefing, officeName: string, thaiDigits: boolean, releases: readonly ReleaseRef[] = []): PdfRenderRequest {
  return { document: { kind: 'briefing', officeName: officeName || OFFICE_FALLBACK, briefing: briefingPrint(b, releases) }, options: { thaiDigits } };
}

/** The conference as its printed papers head it: title, when, where, who speaks. */
export function conferenceHeading(c: PressConference): ConferenceHeading {
  return { title: c.title, startsAt: c.startsAt, venue: c.venue, speakers: c.speakers };
}

export function runSheet(c: PressConference): RunSheet {
  return { ...conferenceHeading(c), items: c.runSheet };
}

/** คำแถลงข่าว: the conference's statements as issued, in number order. */
export function statementsRequest(c: PressConference, statements: readonly PressStatement[], letterhead: Letterhead, thaiDigits: boolean): PdfRenderRequest {
  return {
    document: {
      kind: 'conference-statements',
      letterhead,
      conference: conferenceHeading(c),
      statements: [...statements].sort((a, b) => a.number - b.number).map(({ number, title, body, issuedAt, issuedBy }) => ({ number, title, body, issuedAt, issuedBy })),
    },
    options: { thaiDigits },
  };
}

/**
 * รายชื่อผู้เข้าร่วมแถลงข่าว: the invited media in the order invited, with each one's position
 * from the media network (`positions` by contact id; '' when the contact has none or is gone).
 */
export function attendanceRequest(c: PressConference, positions: ReadonlyMap<string, string>, letterhead: Letterhead, thaiDigits: boolean): PdfRenderRequest {
  return {
    document: {
      kind: 'conference-attendance',
      letterhead,
      conference: conferenceHeading(c),
      attendees: c.invitees.map((i) => ({ name: i.name, outletName: i.outletName, position: positions.get(i.contactId) ?? '', status: i.status })),
    },
    options: { thaiDigits },
  };
}

/** ชุดเอกสาร: the conference's run sheet, then its briefings in the order chosen. */
export function packRequest(c: PressConference, briefings: readonly Briefing[], officeName: string, thaiDigits: boolean, releases: readonly ReleaseRef[] = []): PdfRenderRequest {
  return {
    document: { kind: 'briefing-pack', officeName: officeName || OFFICE_FALLBACK, runSheet: runSheet(c), briefings: briefings.map((b) => briefingPrint(b, releases)) },
    options: { thaiDigits },
  };
}

export function pdfFileName(title: string, version: number): string {
  return `เอกสารแถลงข่าว ${title} ฉบับที่ ${version}`.slice(0, 140);
}
