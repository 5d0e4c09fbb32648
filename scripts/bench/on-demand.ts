// The first request of pages the build did not write: rendered then, by the server that got it.
import { performance } from "node:perf_hooks";
import { percentile } from "./percentile";

export interface OnDemandFigures {
  /** The very first of them after the server started: it also reads the content. */
  firstAfterStartMs: number;
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than 200. */
  failures: number;
}

/** One request after another, each to a page no one asked for before. */
export async function measureOnDemand(origin: string, paths: readonly string[]): Promise<OnDemandFigures> {
  const times: number[] = [];
  let failures = 0;
  for (const pathname of paths) {
    const started = performance.now();
    const response = await fetch(`${origin}${pathname}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) failures += 1;
  }
  const [first = Number.NaN, ...rest] = times;
  const sorted = rest.sort((a, b) => a - b);
  return {
    firstAfterStartMs: first,
    count: rest.length,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    failures,
  };
}
