import type { DigestSectionContent } from '../../../../src-main/shared/domain/daily-digest';
import { useDbCommands } from '../../../data';
import type { AgendaReader } from '../../../data/agenda';
import type { DigestFacts } from '../model/digest-sections';
import { collectDigestFacts } from './collect-digest';

/** Reads a day's facts and turns them into sections (the page saves them as the digest). */
export function useBuildDigest() {
  return useDbCommands((db) => async (date: string, readers: readonly AgendaReader[], write: (facts: DigestFacts) => DigestSectionContent[]) => write(await collectDigestFacts(db, date, readers)));
}
