// IndexedDB for repository tests in Node (DESIGN.md §9); harmless for the pure tests.
import 'fake-indexeddb/auto';
