/** Now as a Bangkok wall clock "YYYY-MM-DDTHH:MM" (UTC+7, no daylight saving), whatever the PC's zone. */
export function bangkokWallClock(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
