// The default inquiry store: one SQLite file, created with its schema on first use.
import type Database from "better-sqlite3";
import { openWritableSqlite, reopeningConnection } from "../sqlite-file";
import { COLUMN_OF, KIND_VALUES, rowToInquiry } from "./columns";
import { ANSWER_FIELDS } from "./fields";
import type { InquiryStore, ListOptions, NewInquiry, SaveResult, StoredInquiry } from "./types";

const ANSWER_COLUMNS = ANSWER_FIELDS.map((field) => COLUMN_OF[field]);


/**
 * Each entry upgrades the schema by one version; PRAGMA user_version records how far a file got,
 * and a file keeps the schema text it was made with. A kind added to INQUIRY_KINDS reaches only
 * new files through this CHECK: older ones need a migration that rebuilds the table (SQLite cannot
 * change a CHECK in place), and the test that opens a version-1 file fails until there is one.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE inquiries (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     submission_id TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN (${KIND_VALUES})),
     name TEXT NOT NULL,
     email TEXT NOT NULL,
     current_role TEXT,
     wishes TEXT,
     company TEXT,
     positions TEXT,
     skills TEXT,
     rate TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX inquiries_created_at ON inquiries (created_at);`,
];

function migrate(db: Database.Database): void {
  // Read first: a current file needs no write lock, so a writer elsewhere does not hold up the open.
  if (Number(db.pragma("user_version", { simple: true })) >= MIGRATIONS.length) return;
  // IMMEDIATE takes the write lock first, so two processes starting at once do not both migrate.
  db.transaction(() => {
    const version = Number(db.pragma("user_version", { simple: true }));
    for (let next = version; next < MIGRATIONS.length; next += 1) {
      db.exec(MIGRATIONS[next] ?? "");
    }
    if (version < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** SQLite keeps times as ISO 8601 text. */
function toStoredInquiry(value: unknown): StoredInquiry {
  return rowToInquiry(value, (stored) => {
    if (typeof stored !== "string") throw new Error("inquiries.created_at: 文字列ではありません");
    return new Date(stored);
  });
}

function whereClause(options: ListOptions): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  if (options.kind) {
    conditions.push("kind = ?");
    params.push(options.kind);
  }
  if (options.since) {
    conditions.push("created_at >= ?");
    params.push(options.since.toISOString());
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

export interface SqliteStoreOptions {
  /**
   * How long a call waits for a write lock held by another process (an operator's `sqlite3`
   * shell, a second container on the same volume) before it fails with SQLITE_BUSY.
   */
  lockWaitMs?: number;
}

const DEFAULT_LOCK_WAIT_MS = 5000;

interface Connection {
  db: Database.Database;
  insert: Database.Statement;
  bySubmissionId: Database.Statement;
}

function connect(file: string): Connection {
  // FULL sync because an inquiry must not be lost.
  const db = openWritableSqlite(file, "FULL");
  try {
    migrate(db);
    const insert = db.prepare(
      `INSERT INTO inquiries (submission_id, kind, name, email, ${ANSWER_COLUMNS.join(", ")}, created_at)
       VALUES (?, ?, ?, ?, ${ANSWER_COLUMNS.map(() => "?").join(", ")}, ?)
       ON CONFLICT (submission_id) DO NOTHING`,
    );
    const bySubmissionId = db.prepare("SELECT * FROM inquiries WHERE submission_id = ?");
    return { db, insert, bySubmissionId };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opening never throws: the folder, the file and the schema are made on first use, and a call
 * that fails to (an unwritable or missing DATA_DIR, a read-only file) rejects and is tried afresh
 * by the next call, so a repaired folder works without a restart.
 */
export function openSqliteInquiryStore(file: string, options: SqliteStoreOptions = {}): InquiryStore {
  const lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  const connection = reopeningConnection(file, connect, lockWaitMs);
  const { use } = connection;

  function save({ insert, bySubmissionId }: Connection, inquiry: NewInquiry): SaveResult {
    const result = insert.run(
      inquiry.submissionId,
      inquiry.kind,
      inquiry.name,
      inquiry.email,
      ...ANSWER_FIELDS.map((field) => inquiry.answers[field] ?? null),
      inquiry.createdAt.toISOString(),
    );
    const stored = toStoredInquiry(bySubmissionId.get(inquiry.submissionId));
    return { status: result.changes === 1 ? "stored" : "duplicate", inquiry: stored };
  }

  return {
    saveInquiry: (inquiry) => use((connection) => save(connection, inquiry)),
    listInquiries: (options = {}) => {
      const { sql, params } = whereClause(options);
      return use(({ db }) => db.prepare(`SELECT * FROM inquiries ${sql} ORDER BY id`).all(...params).map(toStoredInquiry));
    },
    countInquiries: (options = {}) => {
      const { sql, params } = whereClause(options);
      return use(({ db }) => Number(db.prepare(`SELECT COUNT(*) FROM inquiries ${sql}`).pluck().get(...params)));
    },
    async close() {
      connection.close();
    },
  };
}
