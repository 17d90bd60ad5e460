/**
 * The import that can be undone, as the Backup screen shows it: read live from IndexedDB, so a
 * reload, or an import, undo or new record in another tab, shows at once. Not part of the store's
 * snapshot (only the Backup screen needs it, and it loads on demand). A copy past its time is not
 * offered, and is let go.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { undoExpired } from '../domain/import-undo';
import { db } from '../db/database';
import { letUndoGo, readUndoOffer } from '../db/import-undo-repo';
import type { ImportUndoOffer } from '../db/import-undo-repo';
import { useAppStore } from './app-store';

export type { ImportUndoOffer };

export function useImportUndo(): ImportUndoOffer | undefined {
  const [offer, setOffer] = useState<ImportUndoOffer | undefined>();
  const today = useAppStore((state) => state.today);
  useEffect(() => {
    const subscription = liveQuery(() => readUndoOffer(db)).subscribe({
      next: setOffer,
      error: () => setOffer(undefined),
    });
    return () => subscription.unsubscribe();
  }, []);
  const expired = offer !== undefined && undoExpired(offer.keptUntil, today);
  useEffect(() => {
    if (expired) void letUndoGo(db);
  }, [expired]);
  return expired ? undefined : offer;
}
