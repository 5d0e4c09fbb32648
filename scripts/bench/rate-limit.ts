// The inquiry rate limiter's memory at its cap: what one server process holds when 100,000
// distinct senders post within one window, each using its whole budget.
import v8 from "node:v8";
import vm from "node:vm";
import { createRateLimiter, DEFAULT_MAX_KEYS } from "../../lib/inquiries/rate-limit";

export interface RateLimitFigures {
  senders: number;
  attemptsEach: number;
  heapBytes: number;
}

export function measureRateLimiter(attemptsEach = 10): RateLimitFigures {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const limiter = createRateLimiter({ limit: attemptsEach, windowMs: 600_000 });
  for (let round = 0; round < attemptsEach; round += 1) {
    for (let index = 0; index < DEFAULT_MAX_KEYS; index += 1) limiter.attempt(`2001:db8:${index.toString(16)}::/64`, round);
  }
  gc();
  const heapBytes = process.memoryUsage().heapUsed - before;
  // Read after the measurement, so the limiter is still alive when the heap is read.
  if (limiter.size !== DEFAULT_MAX_KEYS) throw new Error(`rate limiter kept ${limiter.size} senders`);
  return { senders: DEFAULT_MAX_KEYS, attemptsEach, heapBytes };
}
