// Versioned schema for the PostgreSQL stores. Each store (inquiries, rate limit, views) lists its
// migrations; the `schema_migrations` table records which of them ran, so each runs once per
// database however many hosts start at the same moment.
import type { Pool } from "pg";
import { inTransaction } from "./pool";

export interface SchemaPart {
  /** Names the store in schema_migrations: `inquiries`, `views`, … */
  name: string;
  /** Entry n upgrades the part from version n to n + 1. Never edit one that has shipped: add one. */
  migrations: readonly string[];
}

/** Any fixed number: the key of the advisory lock every migrating host waits for in turn. */
const MIGRATION_LOCK = 7_401_223;

/** Brings `part` up to date. Safe to call from several hosts at once: one migrates, the others wait and find it done. */
export async function migrate(pool: Pool, part: SchemaPart): Promise<void> {
  await inTransaction(pool, async (client) => {
    // A transaction-level lock: released by COMMIT or ROLLBACK, never left behind by a crash.
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         part TEXT NOT NULL,
         version INTEGER NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         PRIMARY KEY (part, version)
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_migrations WHERE part = $1", [part.name]);
    const current = rows[0]?.version ?? 0;
    for (let version = current; version < part.migrations.length; version += 1) {
      await client.query(part.migrations[version] ?? "");
      await client.query("INSERT INTO schema_migrations (part, version) VALUES ($1, $2)", [part.name, version + 1]);
    }
  });
}

const READY_KEY = Symbol.for("tech-career-media.postgres-schema-ready");
type GlobalWithReady = typeof globalThis & { [READY_KEY]?: WeakMap<Pool, Map<string, Promise<void>>> };

/**
 * Migrates `part` once per pool and process, before its first query. A failed attempt (the
 * database was down) is forgotten, so the next call tries again and the site recovers by itself.
 */
export function schemaReady(pool: Pool, part: SchemaPart): Promise<void> {
  const holder: GlobalWithReady = globalThis;
  const byPool = (holder[READY_KEY] ??= new WeakMap());
  let parts = byPool.get(pool);
  if (!parts) {
    parts = new Map();
    byPool.set(pool, parts);
  }
  const known = parts.get(part.name);
  if (known) return known;
  const ready = migrate(pool, part).catch((error: unknown) => {
    parts.delete(part.name);
    throw error;
  });
  parts.set(part.name, ready);
  return ready;
}
