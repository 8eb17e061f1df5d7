import { z } from 'zod';
import type { ChannelName } from './channel-names';

/**
 * The IPC contract: every channel's input and output schema. Main parses each payload with
 * `input` before its handler runs; the renderer's types come from here too, so a missing
 * handler or a wrong payload is a compile error.
 *
 * Payloads stay JSON-compatible (plus Uint8Array and Date): structured clone and the E2E
 * bridge both mangle Map, BigInt and Buffer.
 */

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

export const ipcContract = {
  'app:get-info': { input: z.undefined(), output: appInfoSchema },
  'device:get-identity': { input: z.undefined(), output: deviceIdentitySchema },
  'device:rename': {
    input: z.object({ deviceName: z.string().trim().min(1).max(80) }).strict(),
    output: deviceIdentitySchema,
  },
  'shell:open-external': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type ChannelInput<C extends ChannelName> = z.input<IpcContract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<IpcContract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<IpcContract[C]['output']>;
