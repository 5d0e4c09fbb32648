// How many inquiries one address may send: a sliding window. One host keeps it in memory (here);
// several hosts share one in PostgreSQL (postgres-rate-limit.ts), so they count together.
import { isIPv4, isIPv6 } from "node:net";

export interface RateLimitSettings {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
  /** Addresses remembered at most; the least recent are forgotten first so memory stays bounded. */
  maxKeys?: number;
}

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts an attempt by `key` at `now` and says whether it is within the limit. */
  attempt(key: string, now?: number): RateLimitDecision | Promise<RateLimitDecision>;
}

export interface MemoryRateLimiter extends RateLimiter {
  attempt(key: string, now?: number): RateLimitDecision;
  /** Addresses remembered right now. */
  readonly size: number;
}

/**
 * About 12 MB of heap for 100,000 senders heard from once, 24 MB when each has used the whole
 * default budget (`npm run bench` measures it). Keys leave once their attempts have left
 * the window, so the cap is reached only by that many senders within one window; past it, the
 * least recent sender is forgotten.
 */
export const DEFAULT_MAX_KEYS = 100_000;

export function createRateLimiter(settings: RateLimitSettings): MemoryRateLimiter {
  const { limit, windowMs } = settings;
  const maxKeys = settings.maxKeys ?? DEFAULT_MAX_KEYS;
  // Counted attempt times per key, oldest first. Map keeps insertion order and every attempt
  // re-inserts its key, so the first key is the one least recently heard from.
  const attempts = new Map<string, number[]>();
  let nextSweep = -Infinity;

  // Keys whose attempts have all left the window go in one pass, at most once per window and
  // driven by attempts (no timer to keep the process alive or to stop): while attempts come in, a
  // key outlives its last attempt by two windows at most, and without attempts nothing grows.
  // Sweeping from the front on every attempt instead cost more than it saved, because V8 walks
  // over the deleted entries a Map keeps until it rehashes.
  function sweepExpired(now: number): void {
    nextSweep = now + windowMs;
    for (const [key, times] of attempts) {
      const newest = times[times.length - 1];
      if (newest === undefined || newest <= now - windowMs) attempts.delete(key);
    }
  }

  return {
    get size() {
      return attempts.size;
    },
    attempt(key, now = Date.now()) {
      if (now >= nextSweep) sweepExpired(now);
      const recent = (attempts.get(key) ?? []).filter((time) => time > now - windowMs);
      attempts.delete(key);
      if (recent.length >= limit) {
        attempts.set(key, recent);
        const oldest = recent[0] ?? now;
        return { allowed: false, retryAfterMs: Math.max(0, oldest + windowMs - now) };
      }
      // concat allocates the exact length; push would grow the array to 17 slots, which doubled
      // the heap of a key heard from once.
      const counted = recent.concat(now);
      attempts.set(key, counted);
      while (attempts.size > maxKeys) {
        const leastRecent = attempts.keys().next();
        if (leastRecent.done) break;
        attempts.delete(leastRecent.value);
      }
      return { allowed: true, remaining: limit - counted.length };
    },
  };
}

/**
 * The sender's address. With no proxy (`hops` 0) the socket's peer. Behind `hops` proxies, each
 * appends the address it saw to `X-Forwarded-For`, so the entry `hops` places from the end is the
 * one the nearest trusted proxy wrote and everything before it came from the client; a header
 * shorter than that did not pass through every proxy, so the socket is all we can believe.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | readonly string[] | null | undefined,
  hops: number,
): string {
  const entries =
    hops > 0
      ? [forwardedFor ?? ""]
          .flat()
          .join(",")
          .split(",")
          .map((entry) => entry.trim())
          .filter((entry) => entry.length > 0)
      : [];
  const chosen = hops > 0 && entries.length >= hops ? entries[entries.length - hops] : socketAddress;
  return normaliseAddress(chosen ?? "") || "unknown";
}

/** Longer than any IP address (45 characters): what a misconfigured proxy passes on stays small. */
const MAX_ADDRESS_LENGTH = 64;

/**
 * One spelling per address: without a port or brackets (`[2001:db8::1]:443`, `203.0.113.7:5000`)
 * or an interface (`fe80::1%eth0`), lower case, and an IPv4 client of a dual-stack socket
 * (`::ffff:203.0.113.7`) as plain IPv4, which would otherwise fall into one shared /64.
 */
function normaliseAddress(entry: string): string {
  let address = entry.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] ?? "";
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) address = withPort[1] ?? "";
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped && isIPv4(mapped[1] ?? "")) address = mapped[1] ?? "";
  return address.slice(0, MAX_ADDRESS_LENGTH);
}

/**
 * What the limiter counts by: an IPv4 address as it is, an IPv6 address by its /64, since one
 * host (a home line, a virtual machine) is routinely given a whole /64 to pick addresses from.
 */
export function rateLimitKey(address: string): string {
  const normalised = normaliseAddress(address);
  const groups = ipv6Groups(normalised);
  return groups ? `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64` : normalised;
}

function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  // A dotted tail (`64:ff9b::192.0.2.1`) is the last two groups.
  const text = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_match, a: string, b: string, c: string, d: string) =>
    [Number(a) * 256 + Number(b), Number(c) * 256 + Number(d)].map((group) => group.toString(16)).join(":"),
  );
  const [head = "", tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...zeros, ...tailGroups].map((group) => parseInt(group, 16));
}
