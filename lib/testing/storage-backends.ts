// The two places the server can write to, as the contract tests set them up: a SQLite file in a
// temporary folder, and a fresh database in a real PostgreSQL server. `open` may be called more
// than once: each call is another host (another connection pool or file handle) on the same data.
import path from "node:path";
import { after } from "node:test";
import type { Pool } from "pg";
import { createPool } from "../postgres/pool";
import { createTestDatabase } from "./test-database";
import { tempDir } from "./temp-files";

export interface Storage {
  /** A SQLite file, or null for PostgreSQL. */
  sqliteFile: string | null;
  /** Another host's pool on the database (PostgreSQL), or null. */
  newPool(): Pool | null;
  cleanup(): Promise<void>;
}

export interface StorageBackend {
  name: "SQLite" | "PostgreSQL";
  setUp(): Promise<Storage>;
}

export const SQLITE: StorageBackend = {
  name: "SQLite",
  async setUp() {
    return { sqliteFile: path.join(tempDir("storage-contract-"), "store.sqlite"), newPool: () => null, cleanup: async () => {} };
  },
};

export const POSTGRES: StorageBackend = {
  name: "PostgreSQL",
  async setUp() {
    const database = await createTestDatabase();
    const pools: Pool[] = [];
    return {
      sqliteFile: null,
      newPool: () => {
        const pool = createPool({ url: database.url, size: 10 });
        pools.push(pool);
        return pool;
      },
      cleanup: async () => {
        await Promise.all(pools.map((pool) => pool.end()));
        await database.drop();
      },
    };
  },
};

export const BACKENDS: readonly StorageBackend[] = [SQLITE, POSTGRES];

/** Called in a suite: a fresh storage of `backend` per call, every one cleaned up after the suite. */
export function freshStorages(backend: StorageBackend): () => Promise<Storage> {
  const opened: Storage[] = [];
  after(() => Promise.all(opened.map((storage) => storage.cleanup())));
  return async () => {
    const storage = await backend.setUp();
    opened.push(storage);
    return storage;
  };
}
