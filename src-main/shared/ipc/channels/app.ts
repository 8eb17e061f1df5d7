import { z } from 'zod';

export const deviceIdentitySchema = z.object({
  deviceId: z.string().uuid(),
  deviceName: z.string().min(1).max(80),
});

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Where this workstation keeps its files; shown in Settings so staff can find backups. */
  userDataDir: z.string(),
});

export const appContract = {
  'app:get-info': { input: z.undefined(), output: appInfoSchema },
  'device:get-identity': { input: z.undefined(), output: deviceIdentitySchema },
  'device:rename': {
    input: z.object({ deviceName: z.string().trim().min(1).max(80) }).strict(),
    output: deviceIdentitySchema,
  },
  /**
   * After a restore this workstation continues under a new device id (the name is kept), so
   * it never publishes into a log that the share already continued past the backup.
   */
  'device:renew-identity': { input: z.undefined(), output: deviceIdentitySchema.extend({ previousDeviceId: z.string().uuid() }) },
  'shell:open-external': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
} as const;
