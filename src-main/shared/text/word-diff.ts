/**
 * A word-level diff for showing what changed between two versions of a release or briefing.
 * Thai is split on ICU word boundaries (spaces and punctuation are pieces too), so a changed
 * word shows as that word, not as the whole unspaced sentence around it.
 */
export type DiffKind = 'same' | 'added' | 'removed';
export interface DiffPiece {
  kind: DiffKind;
  text: string;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Beyond this many edits the texts are unrelated: show all of one removed and the other added. */
const MAX_EDITS = 4_000;

function pieces(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Joins neighbouring pieces of the same kind, so the result reads as runs. */
function push(out: DiffPiece[], kind: DiffKind, text: string): void {
  const last = out[out.length - 1];
  if (last?.kind === kind) last.text += text;
  else if (text) out.push({ kind, text });
}

/**
 * Myers' O((N+M)·D) shortest edit script over the words between a common prefix and suffix.
 * Returns the edit path as [x, y] points, or null if it needs more than MAX_EDITS edits.
 */
function editPath(a: readonly string[], b: readonly string[]): Array<[number, number]> | null {
  const n = a.length;
  const m = b.length;
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(offset, MAX_EDITS); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number): Array<[number, number]> {
  const path: Array<[number, number]> = [[n, m]];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      path.push([x, y]);
    }
    x = prevX;
    y = prevY;
    path.push([x, y]);
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    path.push([x, y]);
  }
  return path.reverse();
}

/** The pieces of `after` and `before`, marked same / added / removed, in reading order. */
export function diffWords(before: string, after: string): DiffPiece[] {
  const a = pieces(before);
  const b = pieces(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffPiece[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const path = editPath(midA, midB);
  if (!path) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    for (let i = 1; i < path.length; i++) {
      const [px, py] = path[i - 1] as [number, number];
      const [x, y] = path[i] as [number, number];
      if (x > px && y > py) push(out, 'same', midA[px] ?? '');
      else if (x > px) push(out, 'removed', midA[px] ?? '');
      else if (y > py) push(out, 'added', midB[py] ?? '');
    }
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

/** True when the two texts differ at all (cheap check before rendering a diff). */
export function hasChanges(pieces: readonly DiffPiece[]): boolean {
  return pieces.some((p) => p.kind !== 'same');
}
