import type { HandlerTable } from '../ipc/dispatch';
import { asIpcErrors } from '../files/fs-errors';
import type { BlobStore } from './blob-store';
import { createGarbageCollector } from './garbage-collector';

type BlobChannels = 'blob:put' | 'blob:read' | 'blob:missing' | 'blob:erase' | 'blob:collect-garbage';

export interface BlobHandlerDeps {
  store: BlobStore;
  now?: () => Date;
}

/** The renderer's way to main's blob store (photos, attachments, logos as files). */
export function createBlobHandlers({ store, now = () => new Date() }: BlobHandlerDeps): Pick<HandlerTable, BlobChannels> {
  const collector = createGarbageCollector(store, now);
  return {
    'blob:put': ({ bytes }) => asIpcErrors(() => store.put(bytes)),
    'blob:read': async ({ id }) => ({ bytes: await asIpcErrors(() => store.read(id)).then((b) => (b ? new Uint8Array(b) : null)) }),
    'blob:missing': async ({ ids }) => {
      const missing: string[] = [];
      for (const id of ids) if (!(await store.has(id))) missing.push(id);
      return { missing };
    },
    'blob:erase': ({ ids }) =>
      asIpcErrors(async () => {
        let erased = 0;
        for (const id of ids) {
          if (!(await store.has(id))) continue;
          await store.remove(id);
          erased += 1;
        }
        return { erased };
      }),
    'blob:collect-garbage': (input) => asIpcErrors(() => collector.step(input)),
  };
}
