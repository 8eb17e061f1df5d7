import { useEffect, useState } from 'react';
import { mainProcess } from '../../platform';
import { KeySheetModal, type KeySheet } from './KeySheetModal';
import { SyncNowPanel } from './SyncNowPanel';
import { SyncSetup, type SyncTargetView } from './SyncSetup';

/**
 * ซิงค์ข้อมูล's first panel: set up the sync folder once (SyncSetup), then sync (SyncNowPanel).
 * A new folder's key sheet is shown once over whichever is on screen.
 */
export function SyncPanel() {
  const [target, setTarget] = useState<SyncTargetView | null | undefined>(undefined);
  const [keySheet, setKeySheet] = useState<KeySheet | null>(null);

  useEffect(() => {
    void mainProcess().syncGetTarget().then(setTarget);
  }, []);

  if (target === undefined) return null;
  return (
    <>
      {target === null ? (
        <SyncSetup
          onReady={(next, sheet) => {
            setKeySheet(sheet);
            setTarget(next);
          }}
        />
      ) : (
        <SyncNowPanel target={target} />
      )}
      {keySheet && <KeySheetModal sheet={keySheet} onClose={() => setKeySheet(null)} />}
    </>
  );
}
