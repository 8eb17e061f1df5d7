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

/** Most nodes a payload may have; far above any real payload (5,000 ops × their fields). */
const MAX_PAYLOAD_NODES = 2_000_000;

/**
 * True when the payload holds a prototype-polluting key, or is too deep or too large to
 * inspect. Visited objects are remembered: a payload that reuses one object at every level
 * would otherwise take exponential time and freeze main.
 */
function hasPoisonKeys(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let budget = MAX_PAYLOAD_NODES;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array || value instanceof Date) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    if (depth > 64 || --budget < 0) return true;
    for (const key of Object.keys(value)) {
      if (POISON_KEYS.has(key)) return true;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
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
        return {
          ok: false,
          error: { code: error.code, detail: error.message, ...(error.issues ? { issues: error.issues } : {}) },
        };
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
