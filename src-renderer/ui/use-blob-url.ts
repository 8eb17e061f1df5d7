import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getBlob, type PrDeskDb } from '../data';

/** An object URL for a stored image (logo, photo), released when the blob or the view goes away. */
export function useBlobUrl(db: PrDeskDb, blobId: string | null): string | null {
  const blob = useLiveQuery(async () => (blobId ? getBlob(db, blobId) : undefined), [db, blobId]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    // Created and released in one effect, so StrictMode's double run never leaves a dead URL.
    const objectUrl = blob ? URL.createObjectURL(new Blob([blob.data as Uint8Array<ArrayBuffer>], { type: blob.mime })) : null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is an external resource tied to this effect
    setUrl(objectUrl);
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [blob]);
  return url;
}
