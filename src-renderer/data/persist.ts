/**
 * Asks the browser to keep our IndexedDB even under storage pressure (DESIGN.md §4).
 * Returns whether storage is persistent now; false where the API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
