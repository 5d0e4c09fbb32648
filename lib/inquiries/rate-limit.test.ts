import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { clientAddress, createRateLimiter, DEFAULT_MAX_KEYS, rateLimitKey } from "./rate-limit";

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

  test("forgets an address once its attempts have left the window, without waiting for the cap", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    for (let index = 0; index < 500; index += 1) limiter.attempt(`198.51.100.${index}`, index);
    assert.equal(limiter.size, 500);
    limiter.attempt("203.0.113.7", 1200);
    assert.equal(limiter.size, 300, "the addresses last heard from at 200 or earlier are gone");
    limiter.attempt("203.0.113.8", 2100);
    assert.equal(limiter.size, 301, "at most one sweep per window");
    limiter.attempt("203.0.113.9", 2200);
    assert.equal(limiter.size, 2, "only the addresses heard from in the last second are left");
    assert.equal(limiter.attempt("198.51.100.1", 2201).allowed, true);
  });

  test("a refused address is kept until its counted attempts expire, not forgotten early", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    limiter.attempt("a", 0);
    limiter.attempt("b", 500);
    assert.equal(limiter.attempt("a", 900).allowed, false);
    limiter.attempt("c", 950);
    assert.equal(limiter.size, 3);
    assert.equal(limiter.attempt("a", 999).allowed, false);
    assert.equal(limiter.attempt("a", 1000).allowed, true);
  });

  test("past 100,000 distinct addresses the least recent are forgotten, and the limiter keeps counting", () => {
    const limit = 10;
    const limiter = createRateLimiter({ limit, windowMs: 600_000 });
    // Every key full (the most a key can hold), then more keys than the cap. Its heap at the cap
    // is a figure of `npm run bench`.
    for (let round = 0; round < limit; round += 1) {
      for (let index = 0; index < DEFAULT_MAX_KEYS; index += 1) limiter.attempt(`2001:db8:${index.toString(16)}::/64`, round);
    }
    assert.equal(limiter.attempt("2001:db8:0::/64", limit).allowed, false, "a full sender within the window is refused");
    for (let index = 0; index < 10_000; index += 1) limiter.attempt(`10.0.${index >> 8}.${index & 255}`, limit);
    assert.equal(limiter.size, DEFAULT_MAX_KEYS);
    assert.equal(limiter.attempt("2001:db8:1::/64", limit + 1).allowed, true, "the least recent sender was forgotten");
    assert.equal(limiter.attempt("10.0.39.15", limit + 1).allowed, true);
    assert.equal(limiter.size, DEFAULT_MAX_KEYS);
  });
});

describe("clientAddress", () => {
  const socket = "192.0.2.10";

  test("without a proxy, the socket's address: X-Forwarded-For is whatever the client wrote", () => {
    assert.equal(clientAddress(socket, null, 0), socket);
    assert.equal(clientAddress(socket, "203.0.113.7", 0), socket);
    assert.equal(clientAddress(socket, "198.51.100.1, 203.0.113.7", 0), socket);
  });

  test("behind one proxy, the last entry, whatever the client put before it", () => {
    assert.equal(clientAddress(socket, "203.0.113.7", 1), "203.0.113.7");
    assert.equal(clientAddress(socket, "198.51.100.1, 203.0.113.7", 1), "203.0.113.7");
    assert.equal(clientAddress(socket, "1.1.1.1,2.2.2.2, 3.3.3.3 ,203.0.113.7", 1), "203.0.113.7");
    assert.equal(clientAddress(socket, ["198.51.100.1", "203.0.113.7"], 1), "203.0.113.7", "one header line per hop");
  });

  test("behind two proxies, the second entry from the end", () => {
    assert.equal(clientAddress(socket, "198.51.100.1, 203.0.113.7, 10.0.0.2", 2), "203.0.113.7");
    assert.equal(clientAddress(socket, "203.0.113.7, 10.0.0.2", 2), "203.0.113.7");
  });

  test("a header with fewer entries than proxies did not pass through them all: the socket", () => {
    assert.equal(clientAddress(socket, null, 1), socket);
    assert.equal(clientAddress(socket, "", 1), socket);
    assert.equal(clientAddress(socket, "203.0.113.7", 2), socket);
    assert.equal(clientAddress(socket, "198.51.100.1, 203.0.113.7", 3), socket);
  });

  test("one spelling per address", () => {
    assert.equal(clientAddress("::ffff:192.0.2.10", null, 0), "192.0.2.10");
    assert.equal(clientAddress(socket, "[2001:DB8::1]:443", 1), "2001:db8::1");
    assert.equal(clientAddress(socket, "203.0.113.7:5000", 1), "203.0.113.7");
    assert.equal(clientAddress("fe80::1%eth0", null, 0), "fe80::1");
  });

  test("nothing to go by is one shared bucket", () => {
    assert.equal(clientAddress(undefined, null, 0), "unknown");
    assert.equal(clientAddress(undefined, " , ", 1), "unknown");
    assert.equal(clientAddress(socket, " , ", 1), socket, "empty entries are not entries");
  });
});

describe("rateLimitKey", () => {
  test("IPv4 addresses count one by one", () => {
    assert.equal(rateLimitKey("203.0.113.7"), "203.0.113.7");
    assert.notEqual(rateLimitKey("203.0.113.7"), rateLimitKey("203.0.113.8"));
  });

  test("IPv6 addresses count by their /64, however they are written", () => {
    const key = rateLimitKey("2001:db8:1:2::1");
    assert.equal(key, "2001:db8:1:2::/64");
    assert.equal(rateLimitKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"), key);
    assert.equal(rateLimitKey("2001:DB8:1:2:a:b:c:d"), key);
    assert.notEqual(rateLimitKey("2001:db8:1:3::1"), key);
    assert.equal(rateLimitKey("::1"), "0:0:0:0::/64");
    assert.equal(rateLimitKey("2001:db8::"), "2001:db8:0:0::/64");
    assert.equal(rateLimitKey("64:ff9b::192.0.2.1"), "64:ff9b:0:0::/64");
  });

  test("an IPv4 client of a dual-stack socket is not lumped into ::ffff:0:0/64", () => {
    assert.equal(rateLimitKey("::ffff:192.0.2.1"), "192.0.2.1");
    assert.notEqual(rateLimitKey("::ffff:192.0.2.1"), rateLimitKey("::ffff:192.0.2.2"));
  });

  test("anything else is kept as it is, cut short", () => {
    assert.equal(rateLimitKey("unknown"), "unknown");
    assert.equal(rateLimitKey("x".repeat(500)).length, 64);
  });
});
