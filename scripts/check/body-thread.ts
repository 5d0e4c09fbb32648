// One thread of scripts/check/parallel-bodies.ts (started through body-worker.mjs): compiles each
// batch of bodies it is sent, in order, and answers with their problems; ends when sent `null`.
import { parentPort } from "node:worker_threads";
import type { BodyToCheck } from "../../lib/content/problem-cache";
import { checkBody } from "../../lib/content/mdx-check";

parentPort?.on("message", async (batch: BodyToCheck[] | null) => {
  if (batch === null) {
    parentPort?.close();
    return;
  }
  const results = [];
  for (const body of batch) results.push(await checkBody(body));
  parentPort?.postMessage(results);
});
