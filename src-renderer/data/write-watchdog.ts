/** A save still not done after this long is worth telling the user about. */
export const STALLED_WRITE_MS = 8_000;

type Listener = (stalledWrites: number) => void;
const listeners = new Set<Listener>();
let stalled = 0;

/** Called with the number of stalled saves whenever it changes (0 when all went through). */
export function subscribeStalledWrites(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setStalled(delta: number): void {
  stalled = Math.max(0, stalled + delta);
  for (const listener of listeners) listener(stalled);
}

/**
 * A safeguard for a save that neither finishes nor fails: when Chromium closes the IndexedDB
 * connection on an I/O error, Dexie reopens it before the write can go on, and a reopen that
 * never answers would leave the save button spinning with no word to the user. Every
 * repository write goes through here; one not settled in time is reported, so the app can say
 * what is probably wrong while the form keeps what was typed.
 */
export function watchWrite<T>(work: Promise<T>, timeoutMs = STALLED_WRITE_MS): Promise<T> {
  let reported = false;
  const timer = setTimeout(() => {
    reported = true;
    setStalled(1);
  }, timeoutMs);
  const settle = () => {
    clearTimeout(timer);
    if (reported) setStalled(-1);
  };
  work.then(settle, settle);
  return work;
}
