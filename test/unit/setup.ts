// IndexedDB for the vault tests: a faithful in-memory implementation, fresh per test file.
import 'fake-indexeddb/auto';
