import { useEffect, useState } from 'react';

/** Seconds left of main's wait after wrong PINs, counting down once a second to 0. */
export function useWaitCountdown(): [number, (waitMs: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [until, now]);
  const start = (waitMs: number) => {
    const at = Date.now();
    setNow(at);
    setUntil(at + waitMs);
  };
  return [Math.max(0, Math.ceil((until - now) / 1000)), start];
}
