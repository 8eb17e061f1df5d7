// Every read and write of internships: what the internship pages use, and what other features
// may read (privacy erases interns at the end of retention).
export { useAttendanceByIntern, useInstitutions, useIntern, useInternEvaluation, useInterns, useWorkLog } from './use-internship-data';
export { usePrintContext } from './use-print-context';
export { useInternshipCommands } from './use-internship-commands';
// For other features' data/ code; pages and components use useInternshipCommands().eraseIntern.
export { eraseIntern } from './intern-erasure';
