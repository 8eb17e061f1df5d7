import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import type { PressConference } from '../../../../src-main/shared/domain/press-conference';
import type { WithEnvelope } from '../../../../src-main/shared/domain/envelope';
import { withoutEnvelope } from '../../../data';

/** A stored briefing for editing or printing; records from before release links and attachments get empty lists. */
export function storedBriefing(record: WithEnvelope<Briefing>): Briefing {
  // Typed as always there, but absent on records written before these fields existed.
  const b: Partial<Pick<Briefing, 'relatedReleaseIds' | 'attachments'>> & Briefing = withoutEnvelope<Briefing>(record);
  return { ...b, relatedReleaseIds: b.relatedReleaseIds ?? [], attachments: b.attachments ?? [] };
}

/** A stored press conference for editing; records from before release links get an empty list. */
export function storedConference(record: WithEnvelope<PressConference>): PressConference {
  const c: Partial<Pick<PressConference, 'relatedReleaseIds'>> & PressConference = withoutEnvelope<PressConference>(record);
  return { ...c, relatedReleaseIds: c.relatedReleaseIds ?? [] };
}
