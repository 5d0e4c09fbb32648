// The inquiry rate limit shared by every host: each attempt is a row, and an address's budget is
// the count of its rows inside the window, whichever host they came through.
import type { Pool } from "pg";
import { inTransaction } from "../postgres/pool";
import { schemaReady, type SchemaPart } from "../postgres/migrate";
import type { RateLimitDecision, RateLimiter, RateLimitSettings } from "./rate-limit";

export const RATE_LIMIT_SCHEMA: SchemaPart = {
  name: "inquiry-rate-limit",
  migrations: [
    // Times in milliseconds since the epoch, as the hosts count them (the same as the in-memory
    // limiter); only the sender's key (an address or a /64) is kept, for one window at most.
    `CREATE TABLE inquiry_attempts (
       sender TEXT NOT NULL,
       attempted_at BIGINT NOT NULL
     );
     CREATE INDEX inquiry_attempts_sender ON inquiry_attempts (sender, attempted_at);
     CREATE INDEX inquiry_attempts_time ON inquiry_attempts (attempted_at);`,
  ],
};

/**
 * Attempts of one sender are serialised by an advisory lock on the sender's key, so two hosts
 * counting at the same moment cannot both let the 11th through. Rows that left the window are
 * deleted by the next attempt of the same sender, and everyone's at most once per window per host.
 */
export function createPostgresRateLimiter(pool: Pool, settings: RateLimitSettings): RateLimiter {
  const { limit, windowMs } = settings;
  let nextSweep = -Infinity;
  return {
    async attempt(key, now = Date.now()): Promise<RateLimitDecision> {
      await schemaReady(pool, RATE_LIMIT_SCHEMA);
      const windowStart = now - windowMs;
      const decision = await inTransaction(pool, async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key]);
        await client.query("DELETE FROM inquiry_attempts WHERE sender = $1 AND attempted_at <= $2", [key, windowStart]);
        const { rows } = await client.query<{ count: string; oldest: string | null }>(
          "SELECT count(*) AS count, min(attempted_at) AS oldest FROM inquiry_attempts WHERE sender = $1",
          [key],
        );
        const counted = Number(rows[0]?.count ?? 0);
        if (counted >= limit) {
          const oldest = Number(rows[0]?.oldest ?? now);
          return { allowed: false as const, retryAfterMs: Math.max(0, oldest + windowMs - now) };
        }
        await client.query("INSERT INTO inquiry_attempts (sender, attempted_at) VALUES ($1, $2)", [key, now]);
        return { allowed: true as const, remaining: limit - counted - 1 };
      });
      if (now >= nextSweep) {
        nextSweep = now + windowMs;
        // Senders who never came back: their rows would otherwise stay. Outside the transaction,
        // and a failure only leaves them for the next sweep.
        await pool.query("DELETE FROM inquiry_attempts WHERE attempted_at <= $1", [windowStart]).catch(() => undefined);
      }
      return decision;
    },
  };
}
