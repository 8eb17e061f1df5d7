import { APP_CHANNELS } from './channels/app-names';
import { AUTH_CHANNELS } from './channels/auth-names';
import { EXPORT_CHANNELS } from './channels/export-names';
import { PDF_CHANNELS } from './channels/pdf-names';
import { SYNC_CHANNELS } from './channels/sync-names';
import { SYNC_ADMIN_CHANNELS } from './channels/sync-admin-names';
import { PRESS_CHANNELS } from './channels/press-names';
import { BLOB_CHANNELS } from './channels/blob-names';
import { BACKUP_CHANNELS } from './channels/backup-names';
import { KIOSK_CHANNELS } from './channels/kiosk-names';
import { UPDATE_CHANNELS } from './channels/update-names';
import { DATABASE_CHANNELS } from './channels/database-names';

/**
 * Every IPC channel, by name. Kept free of zod so the sandboxed preload can import it
 * without pulling the schemas into its bundle. `contract.ts` must define exactly these.
 * Naming: `domain:verb-noun`. Each domain lists its names in `channels/<domain>-names.ts`.
 */
export const CHANNEL_NAMES = [...APP_CHANNELS, ...PDF_CHANNELS, ...SYNC_CHANNELS, ...SYNC_ADMIN_CHANNELS, ...EXPORT_CHANNELS, ...PRESS_CHANNELS, ...BLOB_CHANNELS, ...BACKUP_CHANNELS, ...AUTH_CHANNELS, ...KIOSK_CHANNELS, ...UPDATE_CHANNELS, ...DATABASE_CHANNELS] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<KebabToCamel<Tail>>}`
  : S;

/** `pdf:export-briefing` → `pdfExportBriefing`: the method name on `window.prDesk`. */
export type MethodName<C extends string> = C extends `${infer Domain}:${infer Verb}`
  ? `${Domain}${Capitalize<KebabToCamel<Verb>>}`
  : never;

export function methodNameOf<C extends ChannelName>(channel: C): MethodName<C> {
  const [domain = '', verb = ''] = channel.split(':');
  const camel = verb.replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
  return `${domain}${camel.charAt(0).toUpperCase()}${camel.slice(1)}` as MethodName<C>;
}
