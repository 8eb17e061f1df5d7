import { CHANNEL_NAMES, methodNameOf, type ChannelName, type MethodName } from './channel-names';
import type { ChannelInput, ChannelOutput } from './contract';
import { IpcError, type IpcResult } from './errors';

/** How a call reaches main: `ipcRenderer.invoke` in the app, `page.exposeFunction` in E2E. */
export type RawInvoke = (channel: ChannelName, payload: unknown) => Promise<IpcResult<unknown>>;

type Method<C extends ChannelName, R> = ChannelInput<C> extends undefined
  ? () => Promise<R>
  : (input: ChannelInput<C>) => Promise<R>;

/**
 * The shape of `window.prDesk`: one method per channel, answering an `IpcResult`.
 * Results, not throws: contextBridge copies only an error's message, so a typed error
 * thrown in the preload would arrive in the renderer without its code.
 */
export type PrDeskBridge = {
  [C in ChannelName as MethodName<C>]: Method<C, IpcResult<ChannelOutput<C>>>;
};

/** What renderer code calls: the bridge with failures turned back into `IpcError`. */
export type PrDeskClient = {
  [C in ChannelName as MethodName<C>]: Method<C, ChannelOutput<C>>;
};

/**
 * Builds `window.prDesk` from the contract's channel names. The preload and the E2E bridge
 * both use this, so the API the tests drive is the API the app ships.
 */
export function createPrDeskBridge(invoke: RawInvoke): PrDeskBridge {
  const bridge: Record<string, (input?: unknown) => Promise<IpcResult<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) {
    bridge[methodNameOf(channel)] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(bridge) as unknown as PrDeskBridge;
}

export function createPrDeskClient(bridge: PrDeskBridge): PrDeskClient {
  const client: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    const name = methodNameOf(channel);
    const call = (bridge as unknown as Record<string, (input?: unknown) => Promise<IpcResult<unknown>>>)[name];
    client[name] = async (input?: unknown) => {
      if (!call) throw new IpcError({ code: 'unknown-channel', detail: channel });
      const result = await call(input);
      if (result.ok) return result.value;
      throw new IpcError(result.error);
    };
  }
  return Object.freeze(client) as unknown as PrDeskClient;
}
