import type { Transaction } from 'dexie';
import type { PrDeskDb, PressReleaseRecord } from '../../../data';
import { ReleaseTermIndex, releaseEntry } from '../model/release-term-index';
import { termsAreCurrent } from '../model/release-terms';
import { refreshStaleTerms } from './release-terms-refresh';

/**
 * Releases read per step while building. Each step is one short read, and the screen gets a
 * turn between steps: every release is checked against its schema on the way in (a damaged one
 * from the share stays out), and 1,000 at a time held the list's first rows back by seconds.
 */
const BUILD_CHUNK = 250;

interface IndexSession {
  index: ReleaseTermIndex;
  /** Set once every release has been read. Until then a search waits for it. */
  built: boolean;
  /** The build has been asked for (by the list once its first rows show, or by a search). */
  started: boolean;
  /** The last build failed (a read error): the next search builds again. */
  failed: boolean;
  building: Promise<void>;
  /** Releases written since they were last read into the index: re-read before the next search. */
  pending: Set<string>;
  /** Bumped after every committed write and when a build ends, so a list showing an in-memory answer asks again. */
  version: number;
  listeners: Set<() => void>;
  /** Releases whose stored terms an older version made: made again behind the screen (release-terms-refresh.ts). */
  stale: Set<string>;
  refreshing: boolean;
}

const sessions = new WeakMap<PrDeskDb, IndexSession>();

/**
 * Every write to pressReleases (this window's repositories, sync, imports) goes through Dexie, so
 * hooks see them all. A hook only notes the id: the record is re-read after the commit, which
 * also covers writes whose transaction is later aborted.
 */
function watchWrites(db: PrDeskDb, session: IndexSession): void {
  const note = (id: unknown, trans: Transaction) => {
    if (typeof id !== 'string') return;
    session.pending.add(id);
    const again = () => {
      session.pending.add(id);
      session.version++;
      for (const listener of session.listeners) listener();
    };
    trans.on('complete', again);
    trans.on('abort', again);
  };
  db.pressReleases.hook('creating', (key, obj, trans) => note(key ?? obj.id, trans));
  db.pressReleases.hook('updating', (_mods, key, _obj, trans) => note(key, trans));
  db.pressReleases.hook('deleting', (key, _obj, trans) => note(key, trans));
}

/**
 * Puts a release read from the database into the index, or takes it out: gone, or unreadable
 * (a damaged record from the share is left out of every screen, and noted for the notice, the
 * same as a live read would; issue 18). Who may see it is asked at each search, not here.
 */
function keep(db: PrDeskDb, session: IndexSession, id: string, record: PressReleaseRecord | undefined): void {
  if (record && db.unreadable.admit('pressReleases', record)) {
    session.index.put(releaseEntry(record));
    if (!termsAreCurrent(record.terms)) session.stale.add(id);
  } else session.index.remove(id);
}

/**
 * Makes the stale releases' terms again, one refresher at a time; each step's writes come back
 * through the write hooks and are read into the index at the next search.
 */
function refreshStale(db: PrDeskDb, session: IndexSession): void {
  if (session.refreshing || session.stale.size === 0) return;
  session.refreshing = true;
  const ids = [...session.stale];
  session.stale.clear();
  refreshStaleTerms(db, ids)
    .catch(() => {
      // Left for the next session (the old terms still find most releases).
    })
    .finally(() => {
      session.refreshing = false;
      refreshStale(db, session);
    });
}

/** (Re)builds the index from every release; a failure is remembered, not thrown. */
function startBuild(db: PrDeskDb, session: IndexSession): Promise<void> {
  session.built = false;
  session.failed = false;
  session.index = new ReleaseTermIndex();
  return build(db, session).catch(() => {
    session.failed = true;
  });
}

async function build(db: PrDeskDb, session: IndexSession): Promise<void> {
  // Leave the caller's live-query context: the build must not subscribe a list to the whole table.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  let after: string | null = null;
  for (;;) {
    const where = db.pressReleases.where(':id');
    const chunk: PressReleaseRecord[] = await (after === null ? where.above('') : where.above(after)).limit(BUILD_CHUNK).toArray();
    for (const r of chunk) keep(db, session, r.id, r);
    if (chunk.length < BUILD_CHUNK) break;
    after = (chunk.at(-1) as PressReleaseRecord).id;
    await new Promise((resolve) => setTimeout(resolve, 0)); // the screen's turn
  }
  session.built = true;
  refreshStale(db, session);
  // Lists showing what the index knows (the tag filter's choices) ask again now it knows all.
  session.version++;
  for (const listener of session.listeners) listener();
  // One-time cost per session, reported by the press bench beside the search times.
  performance.measure(RELEASE_INDEX_BUILD_MEASURE, { start: started, end: performance.now(), detail: { releases: session.index.size } });
}

/** Name of the User Timing measure written when the in-memory index has been built. */
export const RELEASE_INDEX_BUILD_MEASURE = 'press:release-index-build';

function sessionFor(db: PrDeskDb): IndexSession {
  let session = sessions.get(db);
  if (!session) {
    const created: IndexSession = { index: new ReleaseTermIndex(), built: false, started: false, failed: false, building: Promise.resolve(), pending: new Set(), version: 0, listeners: new Set(), stale: new Set(), refreshing: false };
    watchWrites(db, created);
    sessions.set(db, created);
    session = created;
  }
  return session;
}

/** The session with its build started (once). */
function startedSession(db: PrDeskDb): IndexSession {
  const session = sessionFor(db);
  if (!session.started) {
    session.started = true;
    session.building = startBuild(db, session);
  }
  return session;
}

/** Starts building the in-memory index for this database (the release list calls it once its first rows show). */
export function warmReleaseIndex(db: PrDeskDb): void {
  startedSession(db);
}

/** For useSyncExternalStore: a number that changes after every committed write to pressReleases. */
export function subscribeReleaseWrites(db: PrDeskDb, listener: () => void): () => void {
  const { listeners } = sessionFor(db);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function releaseWriteVersion(db: PrDeskDb): number {
  return sessionFor(db).version;
}

/** Waits for the first build (tests). */
export async function releaseIndexReady(db: PrDeskDb): Promise<void> {
  await startedSession(db).building;
}

/**
 * The in-memory index for a search, waiting for its build on the first search of a session
 * (about a second for ten years of releases; there is no IndexedDB index on terms to answer
 * meanwhile, see schema v11). Null only when the build failed again: the caller scans.
 */
export async function readyReleaseIndex(db: PrDeskDb): Promise<ReleaseTermIndex | null> {
  const session = startedSession(db);
  if (session.failed) session.building = startBuild(db, session);
  await session.building;
  return currentReleaseIndex(db);
}

/** The in-memory index, brought up to date with the writes since the last search; null while it is still being built. */
export async function currentReleaseIndex(db: PrDeskDb): Promise<ReleaseTermIndex | null> {
  const session = sessionFor(db);
  if (!session.built) return null;
  if (session.pending.size > 0) {
    const ids = [...session.pending];
    session.pending.clear();
    const records = await db.pressReleases.bulkGet(ids);
    ids.forEach((id, i) => keep(db, session, id, records[i]));
    refreshStale(db, session);
  }
  return session.index;
}
