// One thread of scripts/check/parallel-bodies.ts (started through body-worker.mjs): compiles the bodies it was given, in order.
import { parentPort, workerData } from "node:worker_threads";
import type { BodyToCheck } from "../../lib/content/problem-cache";
import { checkBody } from "../../lib/content/mdx-check";

const bodies = workerData as BodyToCheck[];
const results = [];
for (const body of bodies) results.push(await checkBody(body));
parentPort?.postMessage(results);
