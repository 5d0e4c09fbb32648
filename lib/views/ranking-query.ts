// GET /api/ranking's query (`period`, `limit`) to its answer. The route handler and the production
// server's direct answer (lib/views/http-ranking.ts) both answer through this.
import { isRankingPeriod, RANKING_PERIODS } from "./periods";
import { getRanking, MAX_RANKING_LIMIT, type Ranking } from "./ranking";

export interface RankingAnswer {
  status: number;
  body: Ranking | { error: string };
  cacheControl: string;
}

export async function answerRankingQuery(params: URLSearchParams, ranking: typeof getRanking = getRanking): Promise<RankingAnswer> {
  const period = params.get("period") ?? "7d";
  if (!isRankingPeriod(period)) {
    return { status: 400, body: { error: `period は ${RANKING_PERIODS.join(" / ")} のどちらかです` }, cacheControl: "no-store" };
  }
  const limitText = params.get("limit") ?? "5";
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_RANKING_LIMIT) {
    return { status: 400, body: { error: `limit は 1 から ${MAX_RANKING_LIMIT} の整数です` }, cacheControl: "no-store" };
  }
  return { status: 200, body: await ranking(period, limit), cacheControl: "public, max-age=60, s-maxage=60" };
}
