// Search over the synthetic corpus in memory: index build time and per-query latency.
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { toSearchDocument } from "../../lib/search/documents";
import { SearchIndex } from "../../lib/search/engine";
import { syntheticArticles } from "./synthetic";

const QUERIES = ["生成AI", "自治体", "ブロックチェーン 規制", "C#", "web3.0", "機械学習エンジニア", "投資", "サイバー", "ai/ml", "半導体 需要 見通し"];

/**
 * The costliest queries a reader can send: as many terms as a query may have, each one character,
 * so no bigram narrows the candidates. Kanji, kana, Latin letters, digits and symbols; most match
 * every synthetic article (all of them scored and sorted), and the symbols' last term matches none
 * (every article read to its end for it).
 */
const WORST_QUERIES = [
  "生 成 規 制 投 資 半 導",
  "の を は と る す ま か",
  "ス タ ー ト ア ッ プ デ",
  "a c m r t w 0 3",
  "1 2 3 4 5 6 7 8",
  "# / . : 、 。 ー ・",
  "の 生 a 1 # 。 ト 資",
];

export interface QueryTimes {
  runs: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
  hitCounts: Record<string, number>;
}

export interface SearchFigures extends QueryTimes {
  extractMs: number;
  indexMs: number;
  /** Heap the index keeps (after a full GC): what each server process holds for search. */
  indexHeapBytes: number;
  worst: QueryTimes;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A full garbage collection, so heap figures count what is kept, not what is waiting to be freed. */
function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

function timeQueries(index: SearchIndex, queries: readonly string[], rounds: number): QueryTimes {
  const timings: number[] = [];
  const hitCounts: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const t0 = performance.now();
      const result = index.search(query, 1);
      timings.push(performance.now() - t0);
      hitCounts[query] = result.total;
    }
  }
  timings.sort((a, b) => a - b);
  return {
    runs: timings.length,
    mean: timings.reduce((sum, t) => sum + t, 0) / timings.length,
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    max: timings.at(-1) ?? 0,
    hitCounts,
  };
}

export function measureSearch(count: number): SearchFigures {
  const articles = syntheticArticles(count);

  let started = performance.now();
  const documents = articles.map(toSearchDocument);
  const extractMs = performance.now() - started;

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const index = new SearchIndex(documents);
  const indexMs = performance.now() - started;
  collectGarbage();
  const indexHeapBytes = process.memoryUsage().heapUsed - heapBefore;

  return { extractMs, indexMs, indexHeapBytes, ...timeQueries(index, QUERIES, 20), worst: timeQueries(index, WORST_QUERIES, 20) };
}
