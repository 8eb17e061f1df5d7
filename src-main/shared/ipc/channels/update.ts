import { z } from 'zod';

/**
 * The program's own update (electron-updater), as main's state machine reports it
 * (src-main/main/updates/update-controller.ts). Nothing is downloaded or installed unless a
 * person asks; 'off' outside the installed program (development, E2E) or without a built-in feed.
 */
const version = z.string().min(1).max(64);

export const updateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('up-to-date') }),
  z.object({ state: z.literal('available'), version, releaseDate: z.string().max(64).nullable() }),
  z.object({ state: z.literal('downloading'), version, percent: z.number().int().min(0).max(100) }),
  z.object({ state: z.literal('ready'), version }),
  z.object({ state: z.literal('error'), during: z.enum(['check', 'download', 'install']), message: z.string().max(300) }),
]);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

const output = z.object({ status: updateStatusSchema });

export const updateContract = {
  'update:status': { input: z.undefined(), output },
  /** Asks the feed once; answers when the check has settled (a check already running is not repeated). */
  'update:check': { input: z.undefined(), output },
  /** Only after a check found a newer version, and only for someone signed in; answers at once (progress by 'update:status'). */
  'update:download': { input: z.undefined(), output },
  /** Only once the download is verified ('ready'), for someone signed in, never in kiosk mode: closes the app and runs the installer. */
  'update:install': { input: z.undefined(), output },
} as const;
