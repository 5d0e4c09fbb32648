// A fresh, empty PostgreSQL database for one test file: created in the server `npm run test:unit`
// started (TEST_DATABASE_URL), or in a server of its own when a file runs alone.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startTemporaryPostgres, type TemporaryPostgres } from "./postgres";

export interface TestDatabase {
  url: string;
  /** The server it lives in, when this process started it (so a test may stop and start it). */
  server: TemporaryPostgres | null;
  drop(): Promise<void>;
}

let ownServer: Promise<TemporaryPostgres> | null = null;

async function serverUrl(): Promise<{ url: string; server: TemporaryPostgres | null }> {
  const shared = process.env.TEST_DATABASE_URL;
  if (shared) return { url: shared, server: null };
  ownServer ??= startTemporaryPostgres();
  const server = await ownServer;
  return { url: server.url, server };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function asAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { url, server } = await serverUrl();
  // Lower-case letters and digits only: the name goes into SQL as an identifier.
  const name = `test_${randomBytes(8).toString("hex")}`;
  await asAdmin(url, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(url, name),
    server,
    drop: () => asAdmin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
