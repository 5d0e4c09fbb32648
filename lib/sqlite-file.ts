// Opening an SQLite file the server writes: the same checks and settings for every store.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

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
