// What other features may use of media monitoring (the daily digest reads open issues and a day's items).
export { issuesFirstSeenBetween, itemsOfIssue, itemsPublishedBetween, loadCoverageReport, openIssues } from './data';
export { firstResponseMinutes, formatDurationThai } from './model/response-time';
export { AnsweredIssues } from './AnsweredIssues';
