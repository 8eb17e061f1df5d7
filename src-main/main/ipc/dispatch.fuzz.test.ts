import { identityProtector } from '../workspace/local-store';
import { noInflateWorker } from '../workspace/testing/inflate-worker';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channel-names';
import { ipcContract } from '../../shared/ipc/contract';
import { createHandlerTable } from '../handlers';
import { writeFileAtomically } from '../pdf/write-file';
import { createRecordingPdfDeps } from '../pdf/testing/recording-deps';
import { createDispatcher, type HandlerTable } from './dispatch';

/**
 * Every channel driven with arbitrary payloads (issue 10): anything its schema refuses is
 * answered with a typed `invalid-payload`, the handler never runs, and no file appears.
 */
const OURS = { url: 'app://prdesk/index.html', isMainFrame: true };

const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: false, withTypedArray: true, withDate: true, maxDepth: 4 }),
  fc.string({ minLength: 100_000, maxLength: 200_000 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"folder":"/tmp"}') as unknown),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown),
  fc.nat(200).map((depth) => {
    let node: unknown = 'ลึก';
    for (let i = 0; i < depth; i++) node = { next: node };
    return node;
  }),
  fc.array(fc.record({ seq: fc.integer(), op: fc.anything() }), { maxLength: 20 }).map((ops) => ({ ops })),
);

function setup() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pr-desk-fuzz-'));
  const recorder = { saveDir: join(userDataDir, 'saved'), saved: [], opened: [], printed: [] };
  const real = createHandlerTable({
    userDataDir,
    hostname: 'FUZZ',
    appInfo: { name: 'PR Desk', version: 'fuzz', platform: 'linux' },
    openExternal: () => Promise.resolve(),
    chooseFolder: () => Promise.resolve(join(userDataDir, 'chosen')),
    protector: identityProtector,
      createInflateWorker: noInflateWorker,
      chooseOpenFile: () => Promise.resolve(null),
    pdf: createRecordingPdfDeps(recorder, userDataDir),
    // Exports write into the temp folder like the other handlers, so "touches no file" holds.
    exports: { chooseExportPath: (name) => Promise.resolve(join(userDataDir, 'exports', name)), writeFile: (path, bytes) => writeFileAtomically(path, bytes) },
  });
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [
      c,
      vi.fn((input: unknown) => {
        calls.push(c);
        return (real[c] as (i: unknown) => unknown)(input);
      }),
    ]),
  ) as unknown as HandlerTable;
  const dispatch = createDispatcher({ handlers, isTrustedSender: (s) => s.isMainFrame && s.url.startsWith('app://prdesk/') });
  return { dispatch, calls, userDataDir };
}

describe('IPC fuzzing', () => {
  it.each(CHANNEL_NAMES.map((c) => [c]))('%s refuses whatever its schema refuses, before its handler', async (channel: ChannelName) => {
    const { dispatch, calls, userDataDir } = setup();
    const before = readdirSync(userDataDir).sort();
    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        fc.pre(!ipcContract[channel].input.safeParse(payload).success);
        const result = await dispatch(channel, payload, OURS);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('invalid-payload');
      }),
      { numRuns: 60 },
    );
    expect(calls).toEqual([]);
    expect(readdirSync(userDataDir).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses every channel from a foreign frame whatever the payload', async () => {
    const { dispatch, calls } = setup();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), fc.anything(), fc.webUrl(), async (channel, payload, url) => {
        const result = await dispatch(channel, payload, { url, isMainFrame: true });
        expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
      }),
      { numRuns: 200 },
    );
    expect(calls).toEqual([]);
  });
});
