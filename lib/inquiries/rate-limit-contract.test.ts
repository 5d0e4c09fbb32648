// What every inquiry rate limiter promises, in this process's memory (one host) and in a real
// PostgreSQL server (several hosts, which must count together).
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { POSTGRES, type Storage } from "../testing/storage-backends";
import { createPostgresRateLimiter } from "./postgres-rate-limit";
import { createRateLimiter, type RateLimiter, type RateLimitSettings } from "./rate-limit";

interface LimiterBackend {
  name: string;
  /** Limiters that share one count (hosts of one site); the memory limiter has one host only. */
  hosts(settings: RateLimitSettings, count: number): Promise<RateLimiter[]>;
}

const opened: Storage[] = [];
after(() => Promise.all(opened.map((storage) => storage.cleanup())));

const LIMITERS: readonly LimiterBackend[] = [
  {
    name: "memory",
    async hosts(settings, count) {
      const limiter = createRateLimiter(settings);
      return Array.from({ length: count }, () => limiter);
    },
  },
  {
    name: "PostgreSQL",
    async hosts(settings, count) {
      const storage = await POSTGRES.setUp();
      opened.push(storage);
      return Array.from({ length: count }, () => {
        const pool = storage.newPool();
        if (!pool) throw new Error("no pool");
        return createPostgresRateLimiter(pool, settings);
      });
    },
  },
];

for (const backend of LIMITERS) {
  describe(`rate limiter contract: ${backend.name}`, () => {
    test("allows `limit` attempts per window, then says when to come back", async () => {
      const [limiter] = await backend.hosts({ limit: 3, windowMs: 1000 }, 1);
      assert.ok(limiter);
      assert.deepEqual(await limiter.attempt("203.0.113.7", 0), { allowed: true, remaining: 2 });
      assert.deepEqual(await limiter.attempt("203.0.113.7", 100), { allowed: true, remaining: 1 });
      assert.deepEqual(await limiter.attempt("203.0.113.7", 200), { allowed: true, remaining: 0 });
      assert.deepEqual(await limiter.attempt("203.0.113.7", 300), { allowed: false, retryAfterMs: 700 });
    });

    test("the window slides, refused attempts do not extend it, each sender counts alone", async () => {
      const [limiter] = await backend.hosts({ limit: 2, windowMs: 1000 }, 1);
      assert.ok(limiter);
      await limiter.attempt("a", 0);
      await limiter.attempt("a", 500);
      assert.equal((await limiter.attempt("a", 999)).allowed, false);
      assert.equal((await limiter.attempt("b", 999)).allowed, true);
      assert.equal((await limiter.attempt("a", 1001)).allowed, true, "the attempt at 0 has left the window");
      assert.equal((await limiter.attempt("a", 1200)).allowed, false);
    });

    test("10 attempts from one sender through two hosts are 10, not 10 per host: the 11th is refused on either", async () => {
      const hosts = await backend.hosts({ limit: 10, windowMs: 600_000 }, 2);
      const now = 1_000_000;
      const decisions = await Promise.all(Array.from({ length: 10 }, (_, index) => hosts[index % 2]?.attempt("2001:db8:1:2::/64", now + index)));
      assert.equal(decisions.filter((decision) => decision?.allowed).length, 10);
      for (const host of hosts) assert.equal((await host.attempt("2001:db8:1:2::/64", now + 20)).allowed, false);
    });

    test("50 attempts at the same moment through two hosts: exactly the limit is let through", async () => {
      const hosts = await backend.hosts({ limit: 10, windowMs: 600_000 }, 2);
      const decisions = await Promise.all(Array.from({ length: 50 }, (_, index) => hosts[index % 2]?.attempt("198.51.100.9", 5_000)));
      assert.equal(decisions.filter((decision) => decision?.allowed).length, 10);
    });
  });
}
