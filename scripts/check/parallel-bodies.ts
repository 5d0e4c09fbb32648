// Compiling a body takes 25–35 ms of one core, so a site of 1,000 unchecked articles took 33 s in
// one thread. The check spreads them over one thread per core (each loads the compiler once).
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { BodyToCheck } from "../../lib/content/problem-cache";
import type { BodyChecker } from "../../lib/content/check";
import { checkBody } from "../../lib/content/mdx-check";
import type { ContentProblem } from "../../lib/content/problems";

/** Below this many bodies, starting threads costs more than it saves. */
const WORTH_THREADS = 40;

function inThread(bodies: readonly BodyToCheck[]): Promise<ContentProblem[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./body-worker.mjs", import.meta.url), { workerData: bodies });
    let results: ContentProblem[][] | null = null;
    worker.once("message", (message: ContentProblem[][]) => (results = message));
    worker.once("error", reject);
    worker.once("exit", (code) => (results ? resolve(results) : reject(new Error(`本文の確認スレッドが終了コード ${code} で止まりました`))));
  });
}

export function parallelBodyChecker(threads = os.availableParallelism()): BodyChecker {
  return async (bodies) => {
    if (threads < 2 || bodies.length < WORTH_THREADS) return Promise.all(bodies.map((body) => checkBody(body)));
    // Every n-th body to the same thread: long and short bodies spread evenly.
    const shares = Array.from({ length: threads }, (_, thread) => bodies.filter((_, index) => index % threads === thread));
    const results = await Promise.all(shares.map(inThread));
    return bodies.map((_, index) => results[index % threads]?.[Math.floor(index / threads)] ?? []);
  };
}
