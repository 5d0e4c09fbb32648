// Search over the synthetic corpus in memory: index build time and per-query latency.
import { performance } from "node:perf_hooks";
import { toSearchDocument } from "../../lib/search/documents";
import { SearchIndex } from "../../lib/search/engine";
import { syntheticArticles } from "./synthetic";

const QUERIES = ["生成AI", "自治体", "ブロックチェーン 規制", "C#", "web3.0", "機械学習エンジニア", "投資", "サイバー", "ai/ml", "半導体 需要 見通し"];

export interface SearchFigures {
  extractMs: number;
  indexMs: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
  hitCounts: Record<string, number>;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function measureSearch(count: number): SearchFigures {
  const articles = syntheticArticles(count);

  let started = performance.now();
  const documents = articles.map(toSearchDocument);
  const extractMs = performance.now() - started;

  started = performance.now();
  const index = new SearchIndex(documents);
  const indexMs = performance.now() - started;

  const timings: number[] = [];
  const hitCounts: Record<string, number> = {};
  for (let round = 0; round < 20; round++) {
    for (const query of QUERIES) {
      const t0 = performance.now();
      const result = index.search(query, 1);
      timings.push(performance.now() - t0);
      hitCounts[query] = result.total;
    }
  }
  timings.sort((a, b) => a - b);
  return {
    extractMs,
    indexMs,
    mean: timings.reduce((sum, t) => sum + t, 0) / timings.length,
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    max: timings.at(-1) ?? 0,
    hitCounts,
  };
}
