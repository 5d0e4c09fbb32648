// GET /api/ranking?period=24h|7d&limit=N: 人気記事 as JSON, for the article page's side column,
// which stays static while the ranking changes.
import { NextResponse, type NextRequest } from "next/server";
import { answerRankingQuery } from "@/lib/views/ranking-query";

// Answers per request (from a ranking the process rereads once a minute): it follows the views.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const answer = await answerRankingQuery(request.nextUrl.searchParams);
  return NextResponse.json(answer.body, { status: answer.status, headers: { "cache-control": answer.cacheControl } });
}
