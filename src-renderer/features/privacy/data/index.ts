// Every read and write of the PDPA pages: requests from people, the breach log, erasures and
// what they leave named elsewhere, retention, and the records of processing.
export { accessExportFits, type AccessExport } from './access-export';
export { useBreachCommands } from './breach-commands';
export { useDataRequestCommands } from './data-request-commands';
export { useMentionsSearch, type MentionsFound, type MentionsSearch } from './mentions-search';
export { useBuildAccessExport } from './use-access-export';
export { useBreaches, useOpenBreaches } from './use-breaches';
export { useDataRequestList, useOpenDataRequests, useSubjectChoices } from './use-data-requests';
export { useErasureFollowUp, useErasuresOf } from './use-erasures';
export { usePersonalRecordCounts } from './use-personal-record-counts';
export { useEraseDueRecords, useRetentionCandidates, useSaveRetentionYears } from './use-retention';
