// Opening an SQLite file the server writes: the same checks and settings for every store.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isBusy, retryWhileBusy } from "./sqlite-busy";

/**
 * Opens (creating folder and file) `file` in WAL mode, which lets readers such as the export read
 * while the site writes. `synchronous` is the store's durability: FULL where nothing may be lost.
 */
export function openWritableSqlite(file: string, synchronous: "FULL" | "NORMAL"): Database.Database {
  // The folder may hold personal data: only the site's user may enter one this creates.
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // SQLite opens a file it may not write (chmod, a read-only mount) read-only without a word, and
  // once kept, that connection would fail every write even after the file is repaired.
  if (file !== ":memory:" && fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
  // timeout 0: a lock held elsewhere fails at once with SQLITE_BUSY, and retryWhileBusy waits.
  const db = new Database(file, { timeout: 0 });
  try {
    if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${synchronous}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A connection opened on first use and kept. A use that fails for another reason than a lock (the
 * file made read-only, replaced or gone) drops it, so the next use opens the file afresh and a
 * repaired folder works without a restart; an in-memory database is kept, as dropping it would
 * lose its rows. Locks are waited for up to `lockWaitMs`.
 */
export function reopeningConnection<Connection extends { db: Database.Database }>(
  file: string,
  connect: (file: string) => Connection,
  lockWaitMs: number,
) {
  let open: Connection | null = null;
  function close(): void {
    open?.db.close();
    open = null;
  }
  async function use<T>(operation: (connection: Connection) => T): Promise<T> {
    try {
      return await retryWhileBusy(() => operation((open ??= connect(file))), lockWaitMs);
    } catch (error) {
      if (!isBusy(error) && file !== ":memory:") close();
      throw error;
    }
  }
  return { use, close, isOpen: () => open !== null };
}
