/**
 * Kept for the modules that import file names from here: the rules (and the refusal of program
 * extensions, issue 19) live in shared/files/safe-file-name.ts.
 */
export { toSafeFileName, toSafePdfFileName } from '../files/safe-file-name';
