// Compiling a body takes 25–35 ms of one core, so a site of 1,000 unchecked articles took 33 s in
// one thread. The check spreads them over one thread per core (each loads the compiler once).
// Threads take small batches as they finish the last, so each holds a few bodies at a time:
// handing each thread its whole share at once made a 10,000-article check hold every body twice,
// and the build peaked at 3.06 GB beside the compile (2.64 GB since). Capping the threads' heaps
// as well saved another 0.1 GB for more garbage collection, and was left out.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { BodyToCheck } from "../../lib/content/problem-cache";
import type { BodyChecker } from "../../lib/content/check";
import { checkBody } from "../../lib/content/mdx-check";
import type { ContentProblem } from "../../lib/content/problems";

/** Below this many bodies, starting threads costs more than it saves. */
const WORTH_THREADS = 40;
/** Bodies per message: enough to make messaging cheap, few enough to keep a thread's heap small. */
const BATCH = 20;
/**
 * The MDX parser allocates short-lived objects at a high rate: with V8's default young generation
 * a fifth of a thread's time went to collecting it. 96 MB per thread took 15–20 % off each body's
 * compile (A/B runs in one process, 150 bodies) for about 0.1 GB more memory in all.
 */
const YOUNG_GENERATION_MB = 96;

/** Starts a thread that compiles the batches `next` hands it until there are none, into `results`. */
function runThread(bodies: readonly BodyToCheck[], next: () => number | null, results: ContentProblem[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./body-worker.mjs", import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let start: number | null = null;
    const send = () => {
      start = next();
      worker.postMessage(start === null ? null : bodies.slice(start, start + BATCH));
    };
    worker.on("message", (found: ContentProblem[][]) => {
      if (start !== null) found.forEach((problems, offset) => (results[(start ?? 0) + offset] = problems));
      send();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (start === null ? resolve() : reject(new Error(`本文の確認スレッドが終了コード ${code} で止まりました`))));
    send();
  });
}

export function parallelBodyChecker(threads = os.availableParallelism()): BodyChecker {
  return async (bodies) => {
    if (threads < 2 || bodies.length < WORTH_THREADS) return Promise.all(bodies.map((body) => checkBody(body)));
    const results: ContentProblem[][] = bodies.map(() => []);
    let nextStart = 0;
    const next = () => {
      if (nextStart >= bodies.length) return null;
      const start = nextStart;
      nextStart += BATCH;
      return start;
    };
    await Promise.all(Array.from({ length: threads }, () => runThread(bodies, next, results)));
    return results;
  };
}
