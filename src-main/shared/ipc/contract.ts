import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { appContract } from './channels/app';
import { authContract } from './channels/auth';
import { exportContract } from './channels/export';
import { pdfContract } from './channels/pdf';
import { syncContract } from './channels/sync';
import { syncAdminContract } from './channels/sync-admin';
import { pressContract } from './channels/press';
import { blobContract } from './channels/blob';
import { backupContract } from './channels/backup';
import { kioskContract } from './channels/kiosk';
import { updateContract } from './channels/update';
import { databaseContract } from './channels/database';

/**
 * The IPC contract: every channel's input and output schema, merged from `channels/<domain>.ts`.
 * Main parses each payload with `input` before its handler runs; the renderer's types come
 * from here too, so a missing handler or a wrong payload is a compile error.
 *
 * Payloads stay JSON-compatible (plus Uint8Array and Date): structured clone and the E2E
 * bridge both mangle Map, BigInt and Buffer.
 */
export const ipcContract = {
  ...appContract,
  ...pdfContract,
  ...syncContract,
  ...syncAdminContract,
  ...exportContract,
  ...pressContract,
  ...blobContract,
  ...backupContract,
  ...authContract,
  ...kioskContract,
  ...updateContract,
  ...databaseContract,
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type ChannelInput<C extends ChannelName> = z.input<IpcContract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<IpcContract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<IpcContract[C]['output']>;
