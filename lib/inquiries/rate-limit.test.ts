import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { clientAddress, createRateLimiter, proxyHopsFromEnv, rateLimitSettingsFromEnv } from "./rate-limit";

describe("createRateLimiter", () => {
  test("allows `limit` attempts per window, then says when to come back", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 });
    assert.deepEqual(limiter.attempt("a", 0), { allowed: true, remaining: 2 });
    assert.deepEqual(limiter.attempt("a", 100), { allowed: true, remaining: 1 });
    assert.deepEqual(limiter.attempt("a", 200), { allowed: true, remaining: 0 });
    assert.deepEqual(limiter.attempt("a", 300), { allowed: false, retryAfterMs: 700 });
  });

  test("the window slides: an attempt leaves the count when it is older than the window", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    limiter.attempt("a", 0);
    limiter.attempt("a", 500);
    assert.equal(limiter.attempt("a", 999).allowed, false);
    assert.equal(limiter.attempt("a", 1001).allowed, true, "the attempt at 0 has left the window");
    assert.equal(limiter.attempt("a", 1200).allowed, false);
  });

  test("refused attempts do not extend the wait", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    limiter.attempt("a", 0);
    for (let time = 100; time < 1000; time += 100) limiter.attempt("a", time);
    assert.equal(limiter.attempt("a", 1000).allowed, true);
  });

  test("each address has its own count", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    assert.equal(limiter.attempt("a", 0).allowed, true);
    assert.equal(limiter.attempt("b", 0).allowed, true);
    assert.equal(limiter.attempt("a", 1).allowed, false);
  });

  test("forgets the least recent address beyond maxKeys", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, maxKeys: 2 });
    limiter.attempt("a", 0);
    limiter.attempt("b", 1);
    limiter.attempt("c", 2);
    assert.equal(limiter.attempt("a", 3).allowed, true, "a was forgotten");
    assert.equal(limiter.attempt("c", 4).allowed, false, "c is still counted");
  });
});

describe("rateLimitSettingsFromEnv", () => {
  test("defaults to 10 per 10 minutes and ignores nonsense", () => {
    assert.deepEqual(rateLimitSettingsFromEnv({}), { limit: 10, windowMs: 600_000 });
    assert.deepEqual(rateLimitSettingsFromEnv({ INQUIRY_RATE_LIMIT: "-1", INQUIRY_RATE_WINDOW_SECONDS: "x" }), {
      limit: 10,
      windowMs: 600_000,
    });
    assert.deepEqual(rateLimitSettingsFromEnv({ INQUIRY_RATE_LIMIT: "3", INQUIRY_RATE_WINDOW_SECONDS: "60" }), {
      limit: 3,
      windowMs: 60_000,
    });
  });
});

test("proxyHopsFromEnv defaults to one proxy", () => {
  assert.equal(proxyHopsFromEnv({}), 1);
  assert.equal(proxyHopsFromEnv({ INQUIRY_PROXY_HOPS: "2" }), 2);
  assert.equal(proxyHopsFromEnv({ INQUIRY_PROXY_HOPS: "0" }), 1);
});

describe("clientAddress", () => {
  test("takes the entry the nearest trusted machine wrote", () => {
    assert.equal(clientAddress("203.0.113.7"), "203.0.113.7");
    assert.equal(clientAddress("198.51.100.1, 203.0.113.7"), "203.0.113.7", "a spoofed first entry is ignored");
    assert.equal(clientAddress("198.51.100.1, 203.0.113.7, 10.0.0.2", 2), "203.0.113.7");
    assert.equal(clientAddress("203.0.113.7", 5), "203.0.113.7");
  });

  test("no header at all is one shared bucket", () => {
    assert.equal(clientAddress(null), "unknown");
    assert.equal(clientAddress(" , "), "unknown");
  });
});
