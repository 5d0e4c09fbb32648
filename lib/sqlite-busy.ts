// Waiting for a write lock another connection holds, without stopping the event loop: shared by
// every SQLite store of the site.

function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  return typeof error.code === "string" ? error.code : null;
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …): another connection holds a lock. */
export function isBusy(error: unknown): boolean {
  return errorCode(error)?.startsWith("SQLITE_BUSY") ?? false;
}

const FIRST_RETRY_MS = 5;
const LONGEST_RETRY_MS = 200;

/**
 * Runs `attempt` until it is not refused for a lock, waiting between tries on timers. SQLite's own
 * busy timeout would wait inside the call, and so stop the event loop and every request of the
 * process with it; here only the caller waits.
 */
export async function retryWhileBusy<T>(attempt: () => T, waitMs: number): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    try {
      return attempt();
    } catch (error) {
      const left = deadline - performance.now();
      if (!isBusy(error) || left <= 0) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
    }
  }
}
