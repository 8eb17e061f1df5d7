import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import type { PressConference } from '../../../../src-main/shared/domain/press-conference';

/**
 * One-per-line boxes (proof points, speakers, old release lines) keep blank lines while typing;
 * they go when the record is checked and saved (the editor form's `prepare`).
 */
const nonBlankLines = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

export function briefingWithoutBlankLines(draft: Briefing): Briefing {
  return {
    ...draft,
    keyMessages: draft.keyMessages.map((m) => ({ ...m, proofPoints: nonBlankLines(m.proofPoints) })),
    relatedReleases: nonBlankLines(draft.relatedReleases),
  };
}

export function conferenceWithoutBlankLines(conference: PressConference): PressConference {
  return { ...conference, speakers: nonBlankLines(conference.speakers), relatedReleases: nonBlankLines(conference.relatedReleases) };
}
