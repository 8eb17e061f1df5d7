/**
 * Backups someone is looking at or restoring from. Rotation skips them for a while: a restore
 * first makes a before-restore backup, and that backup's rotation must not delete the very
 * backup being restored (the oldest before-restore one, say).
 */
export function createPins(now: () => Date, holdMs = 60 * 60 * 1000) {
  const until = new Map<string, number>();
  return {
    pin: (name: string): void => {
      until.set(name, now().getTime() + holdMs);
    },
    isPinned: (name: string): boolean => {
      const end = until.get(name);
      if (end === undefined) return false;
      const left = end - now().getTime();
      // Expired, or the clock was set back far: either way the pin no longer says anything.
      if (left < 0 || left > holdMs) {
        until.delete(name);
        return false;
      }
      return true;
    },
  };
}
export type Pins = ReturnType<typeof createPins>;
