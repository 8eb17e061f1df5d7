import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type Middleware } from 'dexie';
import { isCheckedTable } from './read-check';

// Leaving records out of what screens read: the quarantine of unreadable records and the
// interns' read scope both filter reads made inside a live query, the same way.

/**
 * A cursor that steps over the values `admit` refuses. A Proxy, not Object.create: in the app
 * Dexie's cursor is the native IDBCursor itself, whose getters and methods throw "Illegal
 * invocation" unless `this` is the real cursor (fake-indexeddb does not check, so the unit test
 * uses a brand-checked cursor).
 */
export function admittingCursor(cursor: DBCoreCursor, admit: (value: unknown) => boolean): DBCoreCursor {
  const start = (onNext: () => void) => cursor.start(() => (admit(cursor.value) ? onNext() : cursor.continue()));
  return new Proxy(cursor, {
    get: (target, prop) => {
      if (prop === 'start') return start;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** True while the caller runs inside a live query (useLiveQuery/liveQuery): what screens read through. */
export function inLiveQuery(): boolean {
  const zone = (Dexie.Promise as unknown as { PSD?: { subscr?: unknown } }).PSD;
  return Boolean(zone?.subscr);
}

/**
 * `table` with every read made inside a live query (get, getMany, query, cursors) leaving out
 * the records `admit` refuses; reads outside one and all writes pass as they are. The zone and
 * `admitter` (who is acting, say) are read at the call: in the callback the caller's zone may be
 * gone. No async functions: below the outbox middleware, which awaits these reads inside its
 * write transaction, a native promise would drop Dexie's transaction zone.
 */
export function filterLiveReads(table: DBCoreTable, admitter: () => (record: unknown) => boolean): DBCoreTable {
  return {
    ...table,
    get: (req) => {
      const live = inLiveQuery();
      const admit = admitter();
      return table.get(req).then((record: unknown) => (!live || admit(record) ? record : undefined));
    },
    getMany: (req) => {
      const live = inLiveQuery();
      const admit = admitter();
      return table.getMany(req).then((records: unknown[]) => (live ? records.map((r) => (admit(r) ? r : undefined)) : records));
    },
    query: (req) => {
      const live = inLiveQuery();
      const admit = admitter();
      return table.query(req).then((response) => (!live || !req.values ? response : { ...response, result: response.result.filter((r: unknown) => admit(r)) }));
    },
    openCursor: (req) => {
      const live = inLiveQuery();
      const admit = admitter();
      return table.openCursor(req).then((cursor) => (cursor && live && req.values ? admittingCursor(cursor, admit) : cursor));
    },
  };
}

/** A DBCore middleware at `level` that wraps the tables read-check.ts knows with `wrap`. */
export function checkedTablesMiddleware(name: string, level: number, wrap: (table: DBCoreTable) => DBCoreTable): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    level,
    create: (down) => ({
      ...down,
      table: (tableName) => (isCheckedTable(tableName) ? wrap(down.table(tableName)) : down.table(tableName)),
    }),
  };
}
