/** Writes to the settings table: one row per setting, all of a save in one transaction. */
import type { Settings } from '../domain/settings';
import type { MedTechDatabase } from './database';

/** Store the given settings; a setting given as undefined is removed (back to its default). */
export function saveSettings(db: MedTechDatabase, changes: Partial<Settings>): Promise<void> {
  const updatedAt = new Date().toISOString();
  return db.transaction('rw', db.settings, async () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) await db.settings.delete(key);
      else await db.settings.put({ key, value, updatedAt });
    }
  });
}
