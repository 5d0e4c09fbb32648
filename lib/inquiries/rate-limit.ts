// How many inquiries one address may send: a sliding window kept in this process's memory.
// Several hosts behind a load balancer each count on their own; they need a shared store (README).

export interface RateLimitSettings {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
  /** Addresses remembered at most; the oldest are forgotten first so memory stays bounded. */
  maxKeys?: number;
}

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts an attempt by `key` at `now` and says whether it is within the limit. */
  attempt(key: string, now?: number): RateLimitDecision;
}

export function createRateLimiter(settings: RateLimitSettings): RateLimiter {
  const { limit, windowMs } = settings;
  const maxKeys = settings.maxKeys ?? 10_000;
  // Map keeps insertion order: re-inserting on each attempt makes the first key the least recent.
  const attempts = new Map<string, number[]>();

  return {
    attempt(key, now = Date.now()) {
      const recent = (attempts.get(key) ?? []).filter((time) => time > now - windowMs);
      attempts.delete(key);
      if (recent.length >= limit) {
        attempts.set(key, recent);
        const oldest = recent[0] ?? now;
        return { allowed: false, retryAfterMs: Math.max(0, oldest + windowMs - now) };
      }
      recent.push(now);
      attempts.set(key, recent);
      while (attempts.size > maxKeys) {
        const leastRecent = attempts.keys().next();
        if (leastRecent.done) break;
        attempts.delete(leastRecent.value);
      }
      return { allowed: true, remaining: limit - recent.length };
    },
  };
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value?.trim());
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** `INQUIRY_RATE_LIMIT` attempts per `INQUIRY_RATE_WINDOW_SECONDS` (default 10 per 600 s). */
export function rateLimitSettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): RateLimitSettings {
  return {
    limit: positiveInteger(env.INQUIRY_RATE_LIMIT, 10),
    windowMs: positiveInteger(env.INQUIRY_RATE_WINDOW_SECONDS, 600) * 1000,
  };
}

/** Proxies in front of the site that append to `X-Forwarded-For` (`INQUIRY_PROXY_HOPS`, default 1). */
export function proxyHopsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return positiveInteger(env.INQUIRY_PROXY_HOPS, 1);
}

/**
 * The sender's address from `X-Forwarded-For`. `next start` fills the header with the socket's
 * address when the request has none; a reverse proxy appends the address it saw, so the entry
 * `hops` from the end is the one a trusted machine wrote (`INQUIRY_PROXY_HOPS`, default 1).
 */
export function clientAddress(forwardedFor: string | null, hops = 1): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const index = Math.max(0, entries.length - Math.max(1, hops));
  return entries[index] ?? "unknown";
}
