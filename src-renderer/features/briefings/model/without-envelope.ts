import { ENVELOPE_KEYS, type WithEnvelope } from '../../../../src-main/shared/domain/envelope';

/** A stored record's business fields: what an editor edits and a repository validates. */
export function withoutEnvelope<T extends object>(record: WithEnvelope<T>): T {
  const copy: Record<string, unknown> = { ...record };
  for (const key of ENVELOPE_KEYS) delete copy[key];
  return copy as T;
}
