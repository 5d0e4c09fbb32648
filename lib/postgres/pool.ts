// One connection pool per database per process, shared by every store that writes there.
import { Pool, type PoolClient } from "pg";

export interface PoolSettings {
  url: string;
  /** Connections this process may hold at once (`DATABASE_POOL_SIZE`). */
  size: number;
}

/**
 * How long a call waits for a connection before it fails. A reader's form waits for it, so it is
 * short: a database that is down answers at once anyway, one that hangs should not hold the form.
 */
const CONNECT_TIMEOUT_MS = 5_000;
/** A statement that runs longer than this is cancelled by the server; ours take milliseconds. */
const STATEMENT_TIMEOUT_MS = 10_000;

/** A pool that logs, instead of crashing the process, when an idle connection dies (a restart). */
export function createPool({ url, size }: PoolSettings): Pool {
  const pool = new Pool({
    connectionString: url,
    max: size,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    keepAlive: true,
    // A build or a command-line script that used the database may exit once its work is done.
    allowExitOnIdle: true,
    application_name: "tech-career-media",
  });
  // Without a listener, an idle connection closed by the server (a restart, a failover) would be
  // an unhandled 'error' event and stop the site. The pool drops that connection by itself.
  pool.on("error", (error) => {
    console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message: "database connection lost", cause: error.message }));
  });
  return pool;
}

const POOLS_KEY = Symbol.for("tech-career-media.postgres-pools");
type GlobalWithPools = typeof globalThis & { [POOLS_KEY]?: Map<string, Pool> };

/**
 * The process's pool for `url`. It lives on globalThis because Next.js bundles routes, server
 * actions and pages separately, and each bundle would otherwise open connections of its own.
 */
export function sharedPool(settings: PoolSettings): Pool {
  const holder: GlobalWithPools = globalThis;
  const pools = (holder[POOLS_KEY] ??= new Map());
  let pool = pools.get(settings.url);
  if (!pool) {
    pool = createPool(settings);
    pools.set(settings.url, pool);
  }
  return pool;
}

/** Runs `work` in a transaction on one connection: committed if it resolves, rolled back if not. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      // The connection itself failed: it must not go back to the pool.
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Ends every pool this process opened, so a command-line script can exit. */
export async function closeSharedPools(): Promise<void> {
  const holder: GlobalWithPools = globalThis;
  const pools = [...(holder[POOLS_KEY]?.values() ?? [])];
  holder[POOLS_KEY]?.clear();
  await Promise.all(pools.map((pool) => pool.end()));
}
