import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channel-names';
import {
  ipcContract,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../shared/ipc/contract';
import { IpcError, type IpcResult } from '../../shared/ipc/errors';
import type { SenderInfo } from './trusted-sender';

export type HandlerTable = {
  [C in ChannelName]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export type Dispatch = (channel: unknown, payload: unknown, sender: SenderInfo) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  handlers: HandlerTable;
  isTrustedSender: (sender: SenderInfo) => boolean;
  log?: (message: string, error?: unknown) => void;
}

const KNOWN_CHANNELS: ReadonlySet<string> = new Set(CHANNEL_NAMES);

/** Keys that could reach Object.prototype if a handler ever spread or merged the payload. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hasPoisonKeys(value: unknown, depth = 0): boolean {
  if (depth > 64) return true; // deeper than any payload we define: refuse rather than recurse
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof Uint8Array || value instanceof Date) return false;
  for (const key of Object.keys(value)) {
    if (POISON_KEYS.has(key)) return true;
    if (hasPoisonKeys((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * The one gate every IPC call passes: known channel, trusted sender, valid payload — in that
 * order, all before the handler runs. Handlers never throw across the boundary: the caller
 * gets an `IpcResult` whose error code the renderer translates into Thai.
 */
export function createDispatcher({ handlers, isTrustedSender, log = () => {} }: DispatcherOptions): Dispatch {
  return async (channel, payload, sender) => {
    if (typeof channel !== 'string' || !KNOWN_CHANNELS.has(channel)) {
      return { ok: false, error: { code: 'unknown-channel', detail: String(channel).slice(0, 100) } };
    }
    const name = channel as ChannelName;
    if (!isTrustedSender(sender)) {
      log(`IPC ${name} refused: untrusted sender ${sender.url.slice(0, 200)}`);
      return { ok: false, error: { code: 'forbidden-sender' } };
    }
    if (hasPoisonKeys(payload)) {
      return { ok: false, error: { code: 'invalid-payload', detail: 'forbidden key in payload' } };
    }
    const spec = ipcContract[name];
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-payload',
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            message: issue.message,
          })),
        },
      };
    }
    let output: unknown;
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      output = await handler(parsed.data);
    } catch (error) {
      if (error instanceof IpcError) {
        return { ok: false, error: { code: error.code, detail: error.message } };
      }
      log(`IPC ${name} failed`, error);
      return { ok: false, error: { code: 'internal' } };
    }
    const checked = spec.output.safeParse(output);
    if (!checked.success) {
      log(`IPC ${name} returned data outside its contract`, checked.error);
      return { ok: false, error: { code: 'internal' } };
    }
    return { ok: true, value: checked.data };
  };
}
