// The ranking's words, shared by the front page's server component and the article page's client one.
import type { RankingPeriod } from "@/lib/views/periods";

export const RANKING_HEADING = "人気記事";

export const PERIOD_LABELS: Record<RankingPeriod, string> = { "24h": "24時間", "7d": "7日間" };

export function rankingDescription(period: RankingPeriod): string {
  return `過去${PERIOD_LABELS[period]}に多く読まれた記事です。`;
}

export const FALLBACK_NOTICE = "まだ閲覧数が集まっていないため、新着記事を表示しています。";
