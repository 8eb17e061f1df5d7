import type { Hlc } from './hlc';
import type { FieldState, HeadWrite, RecordState } from './merge';

/**
 * The snapshot's compact form of a record's merge state. In the plain form every field repeats
 * who wrote it (op id, actor, device, time), although one op usually writes every field of a
 * record: a 50,000-task snapshot was 289 MB and crashed the window sending it. Here each
 * distinct write is listed once per record and fields point at it, and a field's value is kept
 * only when it is not simply the value of its winning write.
 */
type WriteMeta = [opId: string, actor: string, deviceId: string, at: string, sawDeleted: Hlc];
type CompactHead = [clock: Hlc, write: number, value: unknown];
type CompactField = [clock: Hlc, heads: CompactHead[], superseded: Hlc[]] | [clock: Hlc, heads: CompactHead[], superseded: Hlc[], value: unknown];
export interface CompactRecordState {
  w: WriteMeta[];
  f: Record<string, CompactField>;
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function compactRecordState(state: RecordState): CompactRecordState {
  const writes: WriteMeta[] = [];
  const index = new Map<string, number>();
  const writeIndex = (head: HeadWrite): number => {
    const meta: WriteMeta = [head.opId, head.actor, head.deviceId, head.at, head.sawDeleted];
    const key = meta.join('\u0000');
    let at = index.get(key);
    if (at === undefined) {
      at = writes.push(meta) - 1;
      index.set(key, at);
    }
    return at;
  };
  const fields: Record<string, CompactField> = {};
  for (const [name, field] of Object.entries(state.fields)) {
    const heads = Object.entries(field.heads).map(([clock, head]): CompactHead => [clock, writeIndex(head), head.value]);
    const winning = field.heads[field.clock];
    fields[name] =
      winning && sameValue(winning.value, field.value)
        ? [field.clock, heads, field.superseded]
        : [field.clock, heads, field.superseded, field.value];
  }
  return { w: writes, f: fields };
}

export function expandRecordState(compact: CompactRecordState): RecordState {
  const fields: Record<string, FieldState> = {};
  for (const [name, [clock, heads, superseded, ...rest]] of Object.entries(compact.f)) {
    const expanded: Record<Hlc, HeadWrite> = {};
    for (const [headClock, write, value] of heads) {
      const [opId, actor, deviceId, at, sawDeleted] = compact.w[write] ?? ['', '', '', '', ''];
      expanded[headClock] = { value, opId, actor, deviceId, at, sawDeleted };
    }
    const value = rest.length > 0 ? rest[0] : expanded[clock]?.value;
    fields[name] = { value, clock, heads: expanded, superseded };
  }
  return { fields };
}
