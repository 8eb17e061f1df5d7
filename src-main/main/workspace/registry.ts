import { createHash } from 'node:crypto';
import { canonical, signBytes, verifyBytes, type DeviceKey } from './device-keys';

/**
 * Who may publish to the share. Each entry is sealed with the office key (sealed-file.ts) into
 * `registry/<deviceId>`; revocations into `registry/revoked/<deviceId>`. Entries are also signed
 * so that a device's identity does not depend on who could write the registry folder.
 *
 * Admission: a workstation that joined with the office passphrase/key admits itself
 * (admittedBy = its own deviceId, self-signed) — possession of the office key is the admission,
 * because anyone with that key could seal a registry entry anyway. Otherwise an admitted device
 * signs the entry.
 *
 * Revocation and earlier files: a revocation records `acceptUpToSeq`, the highest publication
 * sequence of the revoked device that the revoker had already seen. Its files up to that seq stay
 * valid (the office already merged them; refusing them would make workstations diverge), files
 * after it are refused. A sequence is used, not a time, because the revoked device still holds its
 * key and can stamp any time it likes, but it cannot make already-seen sequence numbers new.
 */
export interface RegistryEntry {
  workspaceId: string;
  deviceId: string;
  deviceName: string;
  publicKey: string;
  admittedAt: string;
  admittedBy: string;
  signature: string;
}

export interface Revocation {
  workspaceId: string;
  deviceId: string;
  revokedAt: string;
  revokedBy: string;
  reason: string;
  acceptUpToSeq: number;
  signature: string;
}

export interface Registry {
  workspaceId: string;
  entries: ReadonlyMap<string, RegistryEntry>;
  revocations: ReadonlyMap<string, Revocation>;
}

type Unsigned<T> = Omit<T, 'signature'>;

function entryBytes(e: Unsigned<RegistryEntry>): Buffer {
  return canonical('pr-desk/registry-entry/v1', [e.workspaceId, e.deviceId, e.deviceName, e.publicKey, e.admittedAt, e.admittedBy]);
}
function revocationBytes(r: Unsigned<Revocation>): Buffer {
  return canonical('pr-desk/revocation/v1', [r.workspaceId, r.deviceId, r.revokedAt, r.revokedBy, r.reason, r.acceptUpToSeq]);
}

export function signEntry(signer: DeviceKey, entry: Unsigned<RegistryEntry>): RegistryEntry {
  return { ...entry, signature: signBytes(signer, entryBytes(entry)) };
}
export function signRevocation(signer: DeviceKey, revocation: Unsigned<Revocation>): Revocation {
  return { ...revocation, signature: signBytes(signer, revocationBytes(revocation)) };
}

export type RegistryRejection = 'other-workspace' | 'bad-signature' | 'unknown-admitter' | 'shape';
export interface BuiltRegistry {
  registry: Registry;
  /** Entries and revocations that were set aside, for the Thai sync report. */
  rejected: { deviceId: string; what: 'entry' | 'revocation'; reason: RegistryRejection }[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
function shapeOk(e: Partial<RegistryEntry>): e is RegistryEntry {
  return typeof e.workspaceId === 'string' && typeof e.deviceId === 'string' && ID.test(e.deviceId) && typeof e.deviceName === 'string' && e.deviceName.length <= 200 && typeof e.publicKey === 'string' && typeof e.admittedAt === 'string' && typeof e.admittedBy === 'string' && typeof e.signature === 'string';
}
function revShapeOk(r: Partial<Revocation>): r is Revocation {
  return typeof r.workspaceId === 'string' && typeof r.deviceId === 'string' && typeof r.revokedAt === 'string' && typeof r.revokedBy === 'string' && typeof r.reason === 'string' && r.reason.length <= 1000 && Number.isSafeInteger(r.acceptUpToSeq) && (r.acceptUpToSeq ?? -1) >= 0 && typeof r.signature === 'string';
}

/**
 * Builds the registry from entries already opened from sealed files. Self-admitted entries are
 * accepted on their own signature; others only when the admitter is itself admitted (resolved to a
 * fixed point, so order does not matter). A revocation counts only when signed by an admitted
 * device that was not itself revoked — a revoked device cannot revoke the others.
 */
export function buildRegistry(workspaceId: string, rawEntries: readonly unknown[], rawRevocations: readonly unknown[]): BuiltRegistry {
  const rejected: BuiltRegistry['rejected'] = [];
  const pending: RegistryEntry[] = [];
  for (const raw of rawEntries) {
    const e = (raw ?? {}) as Partial<RegistryEntry>;
    if (!shapeOk(e)) rejected.push({ deviceId: String(e.deviceId ?? '?'), what: 'entry', reason: 'shape' });
    else if (e.workspaceId !== workspaceId) rejected.push({ deviceId: e.deviceId, what: 'entry', reason: 'other-workspace' });
    else pending.push(e);
  }
  const entries = new Map<string, RegistryEntry>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const e of pending) {
      if (entries.has(e.deviceId)) continue;
      const signerKey = e.admittedBy === e.deviceId ? e.publicKey : entries.get(e.admittedBy)?.publicKey;
      if (signerKey && verifyBytes(signerKey, entryBytes(e), e.signature)) {
        entries.set(e.deviceId, e);
        progress = true;
      }
    }
  }
  for (const e of pending) {
    if (entries.has(e.deviceId)) continue;
    const selfOk = e.admittedBy === e.deviceId;
    rejected.push({ deviceId: e.deviceId, what: 'entry', reason: selfOk || pending.some((p) => p.deviceId === e.admittedBy) ? 'bad-signature' : 'unknown-admitter' });
  }
  const candidates: Revocation[] = [];
  for (const raw of rawRevocations) {
    const r = (raw ?? {}) as Partial<Revocation>;
    if (!revShapeOk(r)) rejected.push({ deviceId: String(r.deviceId ?? '?'), what: 'revocation', reason: 'shape' });
    else if (r.workspaceId !== workspaceId) rejected.push({ deviceId: r.deviceId, what: 'revocation', reason: 'other-workspace' });
    else if (!entries.has(r.revokedBy)) rejected.push({ deviceId: r.deviceId, what: 'revocation', reason: 'unknown-admitter' });
    else if (!verifyBytes(entries.get(r.revokedBy)!.publicKey, revocationBytes(r), r.signature)) rejected.push({ deviceId: r.deviceId, what: 'revocation', reason: 'bad-signature' });
    else candidates.push(r);
  }
  // A revocation by a device that is itself revoked does not count. Two devices revoking each
  // other both stay revoked: the office has to re-admit whichever it trusts (fail closed).
  const revokedIds = new Set(candidates.map((r) => r.deviceId));
  const revocations = new Map<string, Revocation>();
  for (const r of candidates) {
    if (revokedIds.has(r.revokedBy) && !candidates.some((c) => c.deviceId === r.revokedBy && c.revokedBy === r.deviceId)) continue;
    const prior = revocations.get(r.deviceId);
    // Several revocations of one device: the strictest (lowest accepted seq) wins.
    if (!prior || r.acceptUpToSeq < prior.acceptUpToSeq) revocations.set(r.deviceId, r);
  }
  return { registry: { workspaceId, entries, revocations }, rejected };
}

/** What a device signs for each file it publishes: the file's place and the plaintext's hash. */
export interface Publication {
  workspaceId: string;
  deviceId: string;
  /** Path relative to the share root, forward slashes. */
  path: string;
  /** SHA-256 hex of the file's plaintext (after opening, before decompression). */
  sha256: string;
  /** Highest op sequence in the file (0 for files without one), for revocation cut-offs. */
  seq: number;
}

function publicationBytes(p: Publication): Buffer {
  return canonical('pr-desk/publication/v1', [p.workspaceId, p.deviceId, p.path.replace(/\\/g, '/'), p.sha256.toLowerCase(), p.seq]);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function signPublication(deviceKey: DeviceKey, publication: Publication): string {
  return signBytes(deviceKey, publicationBytes(publication));
}

export type PublisherVerdict = { ok: true } | { ok: false; reason: 'unknown-device' | 'revoked' | 'bad-signature' | 'other-workspace' };

/** Checks a raw message against a device's registered key, and its revocation status. */
export function verifyPublisher(registry: Registry, deviceId: string, message: Uint8Array, signature: string, seq = Number.MAX_SAFE_INTEGER): PublisherVerdict {
  const entry = registry.entries.get(deviceId);
  if (!entry) return { ok: false, reason: 'unknown-device' };
  const revocation = registry.revocations.get(deviceId);
  if (revocation && seq > revocation.acceptUpToSeq) return { ok: false, reason: 'revoked' };
  return verifyBytes(entry.publicKey, message, signature) ? { ok: true } : { ok: false, reason: 'bad-signature' };
}

export function verifyPublication(registry: Registry, publication: Publication, signature: string): PublisherVerdict {
  if (publication.workspaceId !== registry.workspaceId) return { ok: false, reason: 'other-workspace' };
  return verifyPublisher(registry, publication.deviceId, publicationBytes(publication), signature, publication.seq);
}
