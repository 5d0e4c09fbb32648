// The inquiry store for several hosts: the same table and constraints as the SQLite file
// (sqlite-store.ts), in the PostgreSQL database every host shares.
import type { Pool } from "pg";
import { schemaReady, type SchemaPart } from "../postgres/migrate";
import { COLUMN_OF, KIND_VALUES, rowToInquiry } from "./columns";
import { ANSWER_FIELDS } from "./fields";
import type { InquiryStore, ListOptions, NewInquiry, StoredInquiry } from "./types";

/** Quoted in SQL: `current_role` is a reserved word in PostgreSQL (the SQL function CURRENT_ROLE). */
const ANSWER_COLUMNS = ANSWER_FIELDS.map((field) => `"${COLUMN_OF[field]}"`);


/**
 * A kind added to INQUIRY_KINDS needs a migration that replaces the CHECK (ALTER TABLE … DROP
 * CONSTRAINT inquiries_kind_check, ADD CONSTRAINT …): the first one keeps the list it shipped with.
 */
export const INQUIRY_SCHEMA: SchemaPart = {
  name: "inquiries",
  migrations: [
    `CREATE TABLE inquiries (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       submission_id TEXT NOT NULL UNIQUE,
       kind TEXT NOT NULL CONSTRAINT inquiries_kind_check CHECK (kind IN (${KIND_VALUES})),
       name TEXT NOT NULL,
       email TEXT NOT NULL,
       "current_role" TEXT,
       wishes TEXT,
       company TEXT,
       positions TEXT,
       skills TEXT,
       rate TEXT,
       created_at TIMESTAMPTZ NOT NULL
     );
     CREATE INDEX inquiries_created_at ON inquiries (created_at);`,
  ],
};

type Row = Record<string, unknown>;

/** PostgreSQL hands TIMESTAMPTZ back as a Date. */
function toStoredInquiry(row: Row | undefined): StoredInquiry {
  return rowToInquiry(row, (stored) => {
    if (!(stored instanceof Date)) throw new Error("inquiries.created_at: 日時ではありません");
    return stored;
  });
}

function whereClause(options: ListOptions): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (options.kind) {
    params.push(options.kind);
    conditions.push(`kind = $${params.length}`);
  }
  if (options.since) {
    params.push(options.since);
    conditions.push(`created_at >= $${params.length}`);
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

const INSERT = `INSERT INTO inquiries (submission_id, kind, name, email, ${ANSWER_COLUMNS.join(", ")}, created_at)
  VALUES (${["submission_id", "kind", "name", "email", ...ANSWER_COLUMNS, "created_at"].map((_, index) => `$${index + 1}`).join(", ")})
  ON CONFLICT (submission_id) DO NOTHING
  RETURNING *`;

/** Opening never throws or connects: the schema is made or upgraded before the first query. */
export function openPostgresInquiryStore(pool: Pool): InquiryStore {
  const ready = () => schemaReady(pool, INQUIRY_SCHEMA);
  return {
    async saveInquiry(inquiry: NewInquiry) {
      await ready();
      const inserted = await pool.query<Row>(INSERT, [
        inquiry.submissionId,
        inquiry.kind,
        inquiry.name,
        inquiry.email,
        ...ANSWER_FIELDS.map((field) => inquiry.answers[field] ?? null),
        inquiry.createdAt,
      ]);
      if (inserted.rows[0]) return { status: "stored", inquiry: toStoredInquiry(inserted.rows[0]) };
      // DO NOTHING returns no row: the submission was stored before, by this host or another.
      const existing = await pool.query<Row>("SELECT * FROM inquiries WHERE submission_id = $1", [inquiry.submissionId]);
      return { status: "duplicate", inquiry: toStoredInquiry(existing.rows[0]) };
    },
    async listInquiries(options = {}) {
      await ready();
      const { sql, params } = whereClause(options);
      const { rows } = await pool.query<Row>(`SELECT * FROM inquiries ${sql} ORDER BY id`, params);
      return rows.map(toStoredInquiry);
    },
    async countInquiries(options = {}) {
      await ready();
      const { sql, params } = whereClause(options);
      const { rows } = await pool.query<{ count: string }>(`SELECT count(*) AS count FROM inquiries ${sql}`, params);
      return Number(rows[0]?.count ?? 0);
    },
    // The pool is the process's, shared with the other stores: closing a store leaves it open.
    async close() {},
  };
}
