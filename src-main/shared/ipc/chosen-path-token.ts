import { z } from 'zod';

/**
 * A path the user picked in one of main's dialogs crosses to the renderer only to be shown;
 * the renderer hands back this token, never the path (issue 19: the renderer cannot name a
 * folder for main to write into). 32 random bytes in base64url: 43 characters.
 * Issued and checked in src-main/main/security/chosen-paths.ts.
 */
export const CHOSEN_PATH_TOKEN_CHARS = 43;
export const chosenPathTokenSchema = z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${CHOSEN_PATH_TOKEN_CHARS}}$`));
