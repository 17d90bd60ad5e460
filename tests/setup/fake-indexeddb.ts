// IndexedDB for Node: Dexie runs against fake-indexeddb in db and component tests.
import 'fake-indexeddb/auto';
