// IndexedDB for Node: Dexie runs against fake-indexeddb in db and component tests.
import 'fake-indexeddb/auto';
import { beforeAll } from 'vitest';
import { loadRowGuard } from '../../src/db/row-guard';

// The app loads the row guard's schemas before its first write (store/app-store.ts `runWrite`);
// db tests call the repositories directly, so load them here once.
beforeAll(() => loadRowGuard());
