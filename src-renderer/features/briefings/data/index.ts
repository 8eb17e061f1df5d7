// What the briefing, Q&A bank and press conference pages read and write. No other feature reads
// these today; the plain functions taking `db` (briefing-commands, release-refs) stay inside data/.
export { useBriefingCommands } from './use-briefing-commands';
export { useBriefingAuthor, useBriefingRecord, useBriefings, useBriefingVersions } from './use-briefings';
export { useConferenceCommands, useConferenceRecord, useConferences } from './use-conferences';
export { useDistributionLists, useMediaContacts, useMediaOutlets } from './use-media-network';
export { usePrintSources } from './use-print-sources';
export { useQaBank, useSaveQaItem } from './use-qa-bank';
export { useLinkedReleases, useReleaseChoices } from './use-release-links';
export { useIssueStatement, useStatements } from './use-statements';
// For the daily digest's data code: the crises under way on a day.
export { readActiveCrises } from './active-crises';
