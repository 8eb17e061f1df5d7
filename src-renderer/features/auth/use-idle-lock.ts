import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after `minutes` with no keyboard, mouse or touch (the office's setting,
 * DEFAULT_IDLE_LOCK_MINUTES when unset). Locking tells main too, so main refuses its guarded
 * actions until the person types their PIN again.
 */
export function useIdleLock(minutes: number, active: boolean, lock: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset, { capture: true });
    };
  }, [minutes, active, lock]);
}
