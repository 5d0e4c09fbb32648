// GET /api/ranking?period=24h|7d&limit=N: 人気記事 as JSON, for the article page's side column,
// which stays static while the ranking changes.
import { NextResponse, type NextRequest } from "next/server";
import { isRankingPeriod, RANKING_PERIODS } from "@/lib/views/periods";
import { getRanking, MAX_RANKING_LIMIT } from "@/lib/views/ranking";

// Answers per request (from a ranking the process rereads once a minute): it follows the views.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const period = params.get("period") ?? "7d";
  if (!isRankingPeriod(period)) {
    return NextResponse.json({ error: `period は ${RANKING_PERIODS.join(" / ")} のどちらかです` }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  const limitText = params.get("limit") ?? "5";
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_RANKING_LIMIT) {
    return NextResponse.json({ error: `limit は 1 から ${MAX_RANKING_LIMIT} の整数です` }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  const ranking = await getRanking(period, limit);
  return NextResponse.json(ranking, { headers: { "cache-control": "public, max-age=60, s-maxage=60" } });
}
