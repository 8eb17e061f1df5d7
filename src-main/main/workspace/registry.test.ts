import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeviceKey, loadOrCreateDeviceKey, signBytes } from './device-keys';
import { createSecretStore, identityProtector } from './local-store';
import { buildRegistry, sha256Hex, signEntry, signPublication, signRevocation, verifyPublication, verifyPublisher, type Publication } from './registry';

const WS = '0190a1b2-0000-7000-8000-000000000001';
const a = generateDeviceKey();
const b = generateDeviceKey();
const c = generateDeviceKey();
const at = '2026-12-05T08:00:00.000Z';
const entryA = signEntry(a, { workspaceId: WS, deviceId: 'dev-a', deviceName: 'เครื่องผอ.', publicKey: a.publicKey, admittedAt: at, admittedBy: 'dev-a' });
const entryB = signEntry(a, { workspaceId: WS, deviceId: 'dev-b', deviceName: 'เครื่องธุรการ', publicKey: b.publicKey, admittedAt: at, admittedBy: 'dev-a' });
const pub = (deviceId: string, seq: number, text = 'ops'): Publication => ({ workspaceId: WS, deviceId, path: `devices/${deviceId}/log/1-${seq}.ndjson.gz`, sha256: sha256Hex(Buffer.from(text)), seq });

describe('device registry', () => {
  it('accepts self-admitted and admitted devices in any order', () => {
    const { registry, rejected } = buildRegistry(WS, [entryB, entryA], []);
    expect([...registry.entries.keys()].sort()).toEqual(['dev-a', 'dev-b']);
    expect(rejected).toEqual([]);
  });

  it('refuses forged entries and unknown admitters', () => {
    const forged = { ...entryB, publicKey: c.publicKey }; // swapped key under a real signature
    const orphan = signEntry(c, { workspaceId: WS, deviceId: 'dev-c', deviceName: 'x', publicKey: c.publicKey, admittedAt: at, admittedBy: 'dev-zzz' });
    const otherWs = signEntry(c, { workspaceId: '0190a1b2-0000-7000-8000-000000000002', deviceId: 'dev-d', deviceName: 'x', publicKey: c.publicKey, admittedAt: at, admittedBy: 'dev-d' });
    const { registry, rejected } = buildRegistry(WS, [entryA, forged, orphan, otherWs, null, { deviceId: '__proto__' }], []);
    expect([...registry.entries.keys()]).toEqual(['dev-a']);
    expect(rejected.map((r) => r.reason).sort()).toEqual(['bad-signature', 'other-workspace', 'shape', 'shape', 'unknown-admitter']);
  });

  it('verifies publications: ok, unknown device, forged signer, different bytes', () => {
    const { registry } = buildRegistry(WS, [entryA, entryB], []);
    const p = pub('dev-b', 9);
    const sig = signPublication(b, p);
    expect(verifyPublication(registry, p, sig)).toEqual({ ok: true });
    expect(verifyPublication(registry, { ...p, sha256: sha256Hex(Buffer.from('forged')) }, sig)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPublication(registry, { ...p, path: 'devices/dev-a/log/1-9.ndjson.gz' }, sig)).toEqual({ ok: false, reason: 'bad-signature' });
    // Signed by C claiming to be B.
    expect(verifyPublication(registry, p, signPublication(c, p))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPublication(registry, pub('dev-c', 1), signPublication(c, pub('dev-c', 1)))).toEqual({ ok: false, reason: 'unknown-device' });
    expect(verifyPublication(registry, p, 'AAAA')).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPublisher(registry, 'dev-a', Buffer.from('m'), signBytes(a, Buffer.from('m')))).toEqual({ ok: true });
  });

  it('a revoked device: files up to the recorded seq stay valid, later ones are refused', () => {
    const rev = signRevocation(a, { workspaceId: WS, deviceId: 'dev-b', revokedAt: at, revokedBy: 'dev-a', reason: 'เครื่องหาย', acceptUpToSeq: 9 });
    const { registry } = buildRegistry(WS, [entryA, entryB], [rev]);
    expect(verifyPublication(registry, pub('dev-b', 9), signPublication(b, pub('dev-b', 9)))).toEqual({ ok: true });
    expect(verifyPublication(registry, pub('dev-b', 10), signPublication(b, pub('dev-b', 10)))).toEqual({ ok: false, reason: 'revoked' });
  });

  it('refuses revocations that are forged, by unknown devices, or by a revoked device', () => {
    const forged = { ...signRevocation(a, { workspaceId: WS, deviceId: 'dev-b', revokedAt: at, revokedBy: 'dev-a', reason: 'x', acceptUpToSeq: 0 }), acceptUpToSeq: 5 };
    const byUnknown = signRevocation(c, { workspaceId: WS, deviceId: 'dev-a', revokedAt: at, revokedBy: 'dev-c', reason: 'x', acceptUpToSeq: 0 });
    const built = buildRegistry(WS, [entryA, entryB], [forged, byUnknown]);
    expect(built.registry.revocations.size).toBe(0);
    expect(built.rejected.map((r) => r.reason).sort()).toEqual(['bad-signature', 'unknown-admitter']);

    const entryC = signEntry(a, { workspaceId: WS, deviceId: 'dev-c', deviceName: 'c', publicKey: c.publicKey, admittedAt: at, admittedBy: 'dev-a' });
    const revokeB = signRevocation(a, { workspaceId: WS, deviceId: 'dev-b', revokedAt: at, revokedBy: 'dev-a', reason: 'lost', acceptUpToSeq: 3 });
    const bRevokesC = signRevocation(b, { workspaceId: WS, deviceId: 'dev-c', revokedAt: at, revokedBy: 'dev-b', reason: 'spite', acceptUpToSeq: 0 });
    const { registry } = buildRegistry(WS, [entryA, entryB, entryC], [bRevokesC, revokeB]);
    expect([...registry.revocations.keys()]).toEqual(['dev-b']);
  });

  it('keeps the device key across restarts through the store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dev-'));
    try {
      const store = createSecretStore(dir, identityProtector);
      const first = await loadOrCreateDeviceKey(store);
      const again = await loadOrCreateDeviceKey(store);
      expect(again.publicKey).toBe(first.publicKey);
      expect(Buffer.from(first.publicKey, 'base64')).toHaveLength(32);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
