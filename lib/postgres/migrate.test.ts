import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "pg";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { migrate } from "./migrate";
import { createPool } from "./pool";
import { SCHEMA_PARTS } from "./start";

const databases: TestDatabase[] = [];
after(() => Promise.all(databases.map((database) => database.drop())));

async function freshPools(count: number) {
  const database = await createTestDatabase();
  databases.push(database);
  const pools = Array.from({ length: count }, () => createPool({ url: database.url, size: 4 }));
  return { url: database.url, pools, end: () => Promise.all(pools.map((pool) => pool.end())) };
}

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("PostgreSQL migrations", () => {
  test("four hosts starting at once migrate each part once", async () => {
    const { url, pools, end } = await freshPools(4);
    await Promise.all(pools.flatMap((pool) => SCHEMA_PARTS.map((part) => migrate(pool, part))));
    await end();
    const applied = await rows<{ part: string; version: number }>(url, "SELECT part, version FROM schema_migrations ORDER BY part, version");
    assert.deepEqual(applied, [
      { part: "inquiries", version: 1 },
      { part: "inquiry-rate-limit", version: 1 },
      { part: "views", version: 1 },
    ]);
  });

  test("a later release's migration runs once on a database made by an earlier one", async () => {
    const { url, pools, end } = await freshPools(2);
    const first = { name: "example", migrations: ["CREATE TABLE example (id INTEGER PRIMARY KEY)"] };
    await migrate(pools[0]!, first);
    const second = { ...first, migrations: [...first.migrations, "ALTER TABLE example ADD COLUMN note TEXT"] };
    await Promise.all(pools.map((pool) => migrate(pool, second)));
    await end();
    assert.deepEqual(await rows(url, "SELECT version FROM schema_migrations WHERE part = 'example' ORDER BY version"), [{ version: 1 }, { version: 2 }]);
    assert.deepEqual(await rows(url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'example' ORDER BY column_name"), [
      { column_name: "id" },
      { column_name: "note" },
    ]);
  });

  test("a migration that fails leaves nothing half done, and is tried again next time", async () => {
    const { url, pools, end } = await freshPools(1);
    await migrate(pools[0]!, { name: "earlier", migrations: ["CREATE TABLE earlier (id INTEGER)"] });
    const broken = { name: "broken", migrations: ["CREATE TABLE half (id INTEGER)", "ALTER TABLE missing ADD COLUMN x TEXT"] };
    await assert.rejects(migrate(pools[0]!, broken), /missing/);
    assert.deepEqual(await rows(url, "SELECT version FROM schema_migrations WHERE part = 'broken'"), []);
    assert.deepEqual(await rows(url, "SELECT table_name FROM information_schema.tables WHERE table_name = 'half'"), []);
    await migrate(pools[0]!, { name: "broken", migrations: ["CREATE TABLE half (id INTEGER)"] });
    await end();
    assert.deepEqual(await rows(url, "SELECT version FROM schema_migrations WHERE part = 'broken'"), [{ version: 1 }]);
  });
});
