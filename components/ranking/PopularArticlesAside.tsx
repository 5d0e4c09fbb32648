"use client";

import { useEffect, useState } from "react";
import { FALLBACK_NOTICE, PERIOD_LABELS, RANKING_HEADING, rankingDescription } from "./labels";
import { RankingList, RankingPlaceholder, type RankingListItem } from "./RankingList";

const PERIOD = "7d";

type State = { status: "loading" } | { status: "failed" } | { status: "ready"; fallback: boolean; items: RankingListItem[] };

function isItem(value: unknown): value is RankingListItem {
  if (typeof value !== "object" || value === null || !("slug" in value) || !("title" in value) || !("path" in value)) return false;
  const { slug, title, path } = value;
  return typeof slug === "string" && typeof title === "string" && typeof path === "string" && path.startsWith("/");
}

/** The API's answer checked at the edge: anything else counts as a failure. */
function toState(data: unknown): State {
  if (typeof data !== "object" || data === null || !("fallback" in data) || !("items" in data)) return { status: "failed" };
  const { fallback, items } = data;
  if (typeof fallback !== "boolean" || !Array.isArray(items) || !items.every(isItem)) return { status: "failed" };
  return { status: "ready", fallback, items };
}

/** RankingList's height for `rows` rows: 3rem each (h-12) and 0.5rem between (gap-2). */
function listHeightRem(rows: number): number {
  return rows * 3 + Math.max(0, rows - 1) * 0.5;
}

/**
 * 人気記事 of the last 7 days beside an article. The article page is static, so the ranking is
 * asked for after it loads (GET /api/ranking, cached for a minute); the box keeps its height
 * from the first paint, so nothing moves when the list arrives.
 */
export function PopularArticlesAside({ limit = 5 }: { limit?: number }) {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/ranking?period=${PERIOD}&limit=${limit}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => setState(toState(data)))
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: "failed" });
      });
    return () => controller.abort();
  }, [limit]);

  return (
    <section aria-labelledby="popular-aside-heading" aria-busy={state.status === "loading"} className="rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
      <h2 id="popular-aside-heading" className="mb-1 flex items-center gap-2 text-base font-bold">
        {RANKING_HEADING}
        <span className="rounded border border-slate-400 px-1.5 text-xs font-bold text-slate-700 dark:text-slate-300">{PERIOD_LABELS[PERIOD]}</span>
      </h2>
      {/* Two lines held for either text, so the list below starts at the same place. */}
      <p className="muted mb-3 h-8 text-xs leading-4">
        {state.status === "ready" ? (state.fallback ? FALLBACK_NOTICE : rankingDescription(PERIOD)) : state.status === "failed" ? "人気記事を読み込めませんでした。" : ""}
      </p>
      <div style={{ height: `${listHeightRem(limit)}rem` }}>
        {state.status === "ready" ? <RankingList items={state.items} /> : <RankingPlaceholder rows={state.status === "loading" ? limit : 0} />}
      </div>
    </section>
  );
}
