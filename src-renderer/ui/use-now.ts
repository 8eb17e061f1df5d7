import { useEffect, useState } from 'react';

/**
 * The time, renewed every `everyMs` (a minute by default): for counters that must move while a
 * screen stays open all day (hours left of a 72-hour notice, a limit that passes at midnight).
 */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
