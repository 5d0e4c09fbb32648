// Which view posts are not counted: prefetches, bots, and the same reader reloading an article.
import { createHmac, randomBytes } from "node:crypto";
import { rateLimitKey } from "../inquiries/rate-limit";

/** A request a browser made ahead of a possible navigation (`Sec-Purpose` / `Purpose: prefetch`). */
export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`;
  return /\b(prefetch|preview|prerender)\b/i.test(purpose) || headers.get("x-moz") === "prefetch";
}

// Crawlers, link previewers, monitors, headless browsers and HTTP libraries name themselves; a
// browser's User-Agent contains none of these words.
const BOT_PATTERN =
  /bot\b|bot[/;)-]|crawl|spider|slurp|scrap|archiver|fetcher|monitor|checker|preview|headless|phantomjs|lighthouse|pagespeed|gtmetrix|pingdom|uptime|facebookexternalhit|embedly|quora link|whatsapp|skypeuripreview|bitlyurl|vkshare|w3c_validator|\bcurl\/|wget\/|python|java\/|go-http-client|okhttp|node-fetch|undici|axios|libwww|httpclient|postman|insomnia|autocannon/i;

/** A request without a User-Agent, or with one a program rather than a reader's browser sends. */
export function isBot(userAgent: string | null): boolean {
  if (!userAgent || userAgent.trim().length < 10) return true;
  return BOT_PATTERN.test(userAgent);
}

export interface RepeatFilterSettings {
  /** A second view of the same article from the same address within this is not counted. */
  windowMs: number;
  /** Address–article pairs remembered at most; the least recent are forgotten first. */
  maxKeys?: number;
  /** Keyed hashing secret; random per process unless a test fixes it. */
  secret?: Buffer;
}

export interface RepeatFilter {
  /** True the first time `address` views `slug` within the window, then false until it ends. */
  isFirstView(address: string, slug: string, now?: number): boolean;
  readonly size: number;
}

/** Default window: a reader going back and forth within half an hour reads one article once. */
export const REPEAT_WINDOW_MS = 30 * 60 * 1000;

/** About 13 MB of heap when full (measured: 100,000 pairs, a 22-character key and a number each). */
export const DEFAULT_REPEAT_KEYS = 100_000;

/**
 * Remembers who read what by a keyed hash of the address (IPv6 by its /64) and the slug, never the
 * address itself; the key is random per process, so the hashes cannot be reversed by trying every
 * IPv4 address, and all of it is gone when the process ends.
 */
export function createRepeatFilter(settings: RepeatFilterSettings): RepeatFilter {
  const { windowMs } = settings;
  const maxKeys = settings.maxKeys ?? DEFAULT_REPEAT_KEYS;
  const secret = settings.secret ?? randomBytes(32);
  // Expiry times by key; Map keeps insertion order and each view re-inserts its key, so the first
  // key is the one least recently seen.
  const seen = new Map<string, number>();
  let nextSweep = -Infinity;

  function sweepExpired(now: number): void {
    nextSweep = now + windowMs;
    for (const [key, expires] of seen) if (expires <= now) seen.delete(key);
  }

  return {
    get size() {
      return seen.size;
    },
    isFirstView(address, slug, now = Date.now()) {
      if (now >= nextSweep) sweepExpired(now);
      const key = createHmac("sha256", secret).update(`${rateLimitKey(address)}\u0000${slug}`).digest("base64url").slice(0, 22);
      const expires = seen.get(key);
      if (expires !== undefined && expires > now) return false;
      seen.delete(key);
      seen.set(key, now + windowMs);
      while (seen.size > maxKeys) {
        const leastRecent = seen.keys().next();
        if (leastRecent.done) break;
        seen.delete(leastRecent.value);
      }
      return true;
    },
  };
}
