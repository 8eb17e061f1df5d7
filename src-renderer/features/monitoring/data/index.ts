// What the monitoring pages use, and what other features (the digest) may read.
export { loadCoverageReport } from './load-coverage';
export { mediaIssueRepo, mediaItemRepo } from './monitoring-repo';
export { issuesFirstSeenBetween, itemsOfIssue, itemsPublishedBetween, openIssues } from './monitoring-reads';
export { useAllIssues, useCoverageReport, useIssuesAnsweredBy, useIssueItems, useMediaIssue, useMediaItem, useMediaItems, useMonitoringCommands, useOpenIssues } from './use-monitoring';
