import type { RankingPeriod } from "@/lib/views/periods";
import { getRanking } from "@/lib/views/ranking";
import { FALLBACK_NOTICE, PERIOD_LABELS, RANKING_HEADING, rankingDescription } from "./labels";
import { RankingList } from "./RankingList";

interface PopularArticlesProps {
  period: RankingPeriod;
  limit?: number;
  /** Unique per page when a page shows more than one ranking. */
  headingId?: string;
}

/**
 * 人気記事 drawn on the server, for pages that are regenerated on a timer (the front page): the
 * ranking is as fresh as the page. Static pages use PopularArticlesAside, which asks the API.
 */
export async function PopularArticles({ period, limit = 5, headingId = `popular-${period}-heading` }: PopularArticlesProps) {
  const ranking = await getRanking(period, limit);
  if (ranking.items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
      <h2 id={headingId} className="mb-1 flex items-center gap-2 text-base font-bold">
        {RANKING_HEADING}
        <span className="rounded border border-slate-400 px-1.5 text-xs font-bold text-slate-700 dark:text-slate-300">{PERIOD_LABELS[period]}</span>
      </h2>
      <p className="muted mb-3 text-xs">{ranking.fallback ? FALLBACK_NOTICE : rankingDescription(period)}</p>
      <RankingList items={ranking.items} />
    </section>
  );
}
