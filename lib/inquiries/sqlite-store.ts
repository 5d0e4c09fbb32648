// The default inquiry store: one SQLite file, created with its schema on first use.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ANSWER_FIELDS, isInquiryKind, type AnswerField } from "./fields";
import type { InquiryStore, ListOptions, NewInquiry, SaveResult, StoredInquiry } from "./store";

/** Answer fields as database columns; the names are fixed here, never taken from input. */
const COLUMN_OF: Record<AnswerField, string> = {
  currentRole: "current_role",
  wishes: "wishes",
  company: "company",
  positions: "positions",
  skills: "skills",
  rate: "rate",
};

const ANSWER_COLUMNS = ANSWER_FIELDS.map((field) => COLUMN_OF[field]);

/** Each entry upgrades the schema by one version; PRAGMA user_version records how far a file got. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE inquiries (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     submission_id TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN ('career', 'recruiters', 'freelance')),
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
  // IMMEDIATE takes the write lock first, so two processes starting at once do not both migrate.
  db.transaction(() => {
    const version = Number(db.pragma("user_version", { simple: true }));
    for (let next = version; next < MIGRATIONS.length; next += 1) {
      db.exec(MIGRATIONS[next] ?? "");
    }
    if (version < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

function text(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  if (typeof value !== "string") throw new Error(`inquiries.${column}: 文字列ではありません`);
  return value;
}

function toStoredInquiry(value: unknown): StoredInquiry {
  if (typeof value !== "object" || value === null) throw new Error("inquiries: 行を読めません");
  const row: Record<string, unknown> = { ...value };
  const kind = row.kind;
  if (!isInquiryKind(kind)) throw new Error(`inquiries.kind: 不明な種別 ${String(kind)}`);
  const answers: StoredInquiry["answers"] = {};
  for (const field of ANSWER_FIELDS) {
    const answer = row[COLUMN_OF[field]];
    if (typeof answer === "string") answers[field] = answer;
  }
  return {
    id: Number(row.id),
    submissionId: text(row, "submission_id"),
    kind,
    name: text(row, "name"),
    email: text(row, "email"),
    answers,
    createdAt: new Date(text(row, "created_at")),
  };
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

export function openSqliteInquiryStore(file: string): InquiryStore {
  // The folder holds personal data: only the site's user may enter one this creates.
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  // WAL lets the export read while the site writes; FULL sync because an inquiry must not be lost.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  migrate(db);

  const insert = db.prepare(
    `INSERT INTO inquiries (submission_id, kind, name, email, ${ANSWER_COLUMNS.join(", ")}, created_at)
     VALUES (?, ?, ?, ?, ${ANSWER_COLUMNS.map(() => "?").join(", ")}, ?)
     ON CONFLICT (submission_id) DO NOTHING`,
  );
  const bySubmissionId = db.prepare("SELECT * FROM inquiries WHERE submission_id = ?");

  function save(inquiry: NewInquiry): SaveResult {
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
    async saveInquiry(inquiry) {
      return save(inquiry);
    },
    async listInquiries(options = {}) {
      const { sql, params } = whereClause(options);
      return db.prepare(`SELECT * FROM inquiries ${sql} ORDER BY id`).all(...params).map(toStoredInquiry);
    },
    async countInquiries(options = {}) {
      const { sql, params } = whereClause(options);
      return Number(db.prepare(`SELECT COUNT(*) FROM inquiries ${sql}`).pluck().get(...params));
    },
    async close() {
      db.close();
    },
  };
}
