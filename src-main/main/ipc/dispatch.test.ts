import { identityProtector } from '../workspace/local-store';
import { noInflateWorker } from '../workspace/testing/inflate-worker';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { IpcError } from '../../shared/ipc/errors';
import { createHandlerTable } from '../handlers';
import { createRecordingPdfDeps } from '../pdf/testing/recording-deps';
import { createDispatcher, type HandlerTable } from './dispatch';
import { isTrustedSender, type SenderInfo } from './trusted-sender';

const TRUSTED = { protocol: 'app:', host: 'prdesk' };
const OURS: SenderInfo = { url: 'app://prdesk/index.html#/settings', isMainFrame: true };

function setup(overrides: Partial<HandlerTable> = {}) {
  const openExternal = vi.fn(() => Promise.resolve());
  const real = createHandlerTable({
    userDataDir: mkdtempSync(join(tmpdir(), 'pr-desk-ipc-')),
    hostname: 'PR-PC-01',
    appInfo: { name: 'PR Desk', version: '1.0.0', platform: 'linux' },
    openExternal,
    chooseFolder: () => Promise.resolve(null),
    protector: identityProtector,
      createInflateWorker: noInflateWorker,
      chooseOpenFile: () => Promise.resolve(null),
    pdf: createRecordingPdfDeps({ saveDir: null, saved: [], opened: [], printed: [] }, tmpdir()),
    exports: { chooseExportPath: () => Promise.resolve(null), writeFile: () => Promise.resolve() },
  });
  const spied = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [c, vi.fn((overrides[c] ?? real[c]) as (input: unknown) => unknown)]),
  ) as unknown as HandlerTable & Record<string, ReturnType<typeof vi.fn>>;
  const log = vi.fn();
  const dispatch = createDispatcher({ handlers: spied, isTrustedSender: (s) => isTrustedSender(s, TRUSTED), log });
  return { dispatch, spied, openExternal, log };
}

describe('IPC dispatcher', () => {
  it('answers a valid call from our own page', async () => {
    const { dispatch } = setup();
    const result = await dispatch('device:rename', { deviceName: 'เครื่องงานข่าว 1' }, OURS);
    expect(result).toMatchObject({ ok: true, value: { deviceName: 'เครื่องงานข่าว 1' } });
  });

  it.each([
    ['a subframe', { url: 'app://prdesk/index.html', isMainFrame: false }],
    ['another origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['another custom host', { url: 'app://evil/index.html', isMainFrame: true }],
    ['a file page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['no url', { url: '', isMainFrame: true }],
  ])('rejects %s before the handler runs', async (_label, sender) => {
    const { dispatch, spied } = setup();
    const result = await dispatch('device:rename', { deviceName: 'x' }, sender);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(spied['device:rename']).not.toHaveBeenCalled();
  });

  it.each([
    ['missing field', {}],
    ['wrong type', { deviceName: 42 }],
    ['empty name', { deviceName: '   ' }],
    ['extra key', { deviceName: 'ok', admin: true }],
    ['not an object', 'device'],
    ['prototype pollution', JSON.parse('{"deviceName":"ok","__proto__":{"polluted":true}}') as unknown],
  ])('rejects a malformed payload (%s) before the handler runs', async (_label, payload) => {
    const { dispatch, spied } = setup();
    const result = await dispatch('device:rename', payload, OURS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    expect(spied['device:rename']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the forbidden key even where the schema would also refuse it', async () => {
    const { dispatch } = setup();
    const payload = JSON.parse('{"folder":"/x","nested":{"__proto__":{"polluted":true}}}') as unknown;
    expect(await dispatch('sync:join-folder', payload, OURS)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', detail: 'forbidden key in payload' },
    });
  });

  it('inspects a payload that reuses one object at every level without stalling', async () => {
    const { dispatch, spied } = setup();
    let node: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 60; i++) node = { a: node, b: node };
    const result = await dispatch('device:rename', { deviceName: 'x', node }, OURS);
    expect(result.ok).toBe(false);
    expect(spied['device:rename']).not.toHaveBeenCalled();
  });

  it('lists which fields were wrong', async () => {
    const { dispatch } = setup();
    const result = await dispatch('device:rename', { deviceName: 42 }, OURS);
    expect(!result.ok && result.error.issues?.[0]?.path).toEqual(['deviceName']);
  });

  it('rejects unknown channels', async () => {
    const { dispatch } = setup();
    expect(await dispatch('fs:read-anything', {}, OURS)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(undefined, {}, OURS)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('maps handler failures to typed errors without leaking internals', async () => {
    const { dispatch, log } = setup({
      'app:get-info': () => {
        throw new Error('EACCES /home/secret');
      },
      'device:get-identity': () => {
        throw new IpcError({ code: 'io-failure', detail: 'disk full' });
      },
    });
    expect(await dispatch('app:get-info', undefined, OURS)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalled();
    expect(await dispatch('device:get-identity', undefined, OURS)).toEqual({
      ok: false,
      error: { code: 'io-failure', detail: 'disk full' },
    });
  });

  it('refuses to return data outside the contract', async () => {
    const { dispatch } = setup({
      'device:get-identity': () => ({ deviceId: 'not-a-uuid', deviceName: '' }),
    });
    expect(await dispatch('device:get-identity', undefined, OURS)).toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('opens only allow-listed links: none while no screen opens one (security/external-links.ts)', async () => {
    const { dispatch, openExternal } = setup();
    for (const url of ['https://www.prd.go.th/', 'file:///etc/passwd']) {
      expect(await dispatch('shell:open-external', { url }, OURS)).toEqual({ ok: true, value: { opened: false } });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});
