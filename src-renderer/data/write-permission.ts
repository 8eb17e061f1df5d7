import type { DBCore, DBCoreTransaction } from 'dexie';
import type { Actor } from '../../src-main/shared/auth/permissions';
import { PermissionDeniedError, can } from '../../src-main/shared/auth/permissions';
import { RULE_LOOKUP_TABLES, checkWrite } from '../../src-main/shared/auth/write-rules';
import { actingDelegationsOf, activeDelegation, bangkokDay } from '../../src-main/shared/domain/acting-delegation';
import { OFFICE_PROFILE_ID } from '../../src-main/shared/domain/office-profile';

type Row = Record<string, unknown>;

/**
 * Who is signed in, for the write rules (shared/auth/write-rules.ts). 'not-checked' is for
 * code that opens the database with no person at all (the bench's seeders, unit tests of
 * other rules); the app always passes the signed-in person.
 */
export type ActingSource = (() => Actor | null) | 'not-checked';

/**
 * Transactions the app itself writes before anyone can sign in: the standard mission list on
 * first start and the office administrator created at first run. Marked by that code only.
 */
const systemTransactions = new WeakSet<object>();

export function markSystemWrite(idbTransaction: object): void {
  systemTransactions.add(idbTransaction);
}

/**
 * Transactions that carry out a PDPA erasure (blanking a person's records across tables). Such
 * a write is judged as what it is, an erasure: it needs the `pdpa.erase` right for every record
 * it touches, instead of each table's own rule (the mentor's, for an intern's work log).
 */
const erasureTransactions = new WeakSet<object>();

export function markErasureWrite(idbTransaction: object): void {
  erasureTransactions.add(idbTransaction);
}

/** The tables a rule reads, added to every read-write transaction on the table it guards. */
export function withRuleLookups(stores: string[]): string[] {
  const extra = stores.flatMap((store) => RULE_LOOKUP_TABLES[store] ?? []);
  return extra.length === 0 ? stores : [...new Set([...stores, ...extra])];
}

/**
 * Refuses the whole write (throws, so the transaction aborts and nothing is stored or logged)
 * when any record breaks a rule for the person signed in. Runs inside the outbox middleware,
 * below every repository and raw table call, so no screen can skip it.
 */
export async function authorizeWrites(
  core: DBCore,
  trans: DBCoreTransaction,
  acting: ActingSource,
  /** The write's time (the data layer's clock): a delegation is judged on its Bangkok day. */
  at: Date,
  table: string,
  writes: readonly { before: Row | undefined; after: Row }[],
): Promise<void> {
  if (acting === 'not-checked' || systemTransactions.has(trans) || writes.length === 0) return;
  const actor = acting();
  if (erasureTransactions.has(trans)) {
    const decision = can(actor, 'pdpa.erase');
    if (!decision.allowed) throw new PermissionDeniedError(decision);
    return;
  }
  const mentors = new Map<string, string | null>();
  if (RULE_LOOKUP_TABLES[table]?.includes('interns')) {
    const ids = [...new Set(writes.flatMap((w) => [w.after.internId, w.before?.internId]).filter((id) => id !== undefined).map(String))];
    const interns = (await core.table('interns').getMany({ trans, keys: ids })) as (Row | undefined)[];
    ids.forEach((id, i) => mentors.set(id, (interns[i]?.mentorId as string | null | undefined) ?? null));
  }
  let actingForDirector = false;
  if (actor && RULE_LOOKUP_TABLES[table]?.includes('officeProfile')) {
    const [profile] = (await core.table('officeProfile').getMany({ trans, keys: [OFFICE_PROFILE_ID] })) as (Row | undefined)[];
    const delegations = actingDelegationsOf(profile);
    actingForDirector = activeDelegation(delegations, actor.staffId, bangkokDay(at)) !== null;
  }
  for (const { before, after } of writes) {
    const decision = checkWrite({ actor, table, before, after, mentorOf: (id) => mentors.get(id), actingForDirector });
    if (!decision.allowed) throw new PermissionDeniedError(decision);
  }
}
