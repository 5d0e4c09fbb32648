// GET /api/ranking answered on the production server's own HTTP server, before Next.js: every
// article page's side column asks for it once per reader and minute, and through Next.js's
// routing an answer cost about 2 ms of CPU for what is a lookup in a list read once a minute.
// The answer is the route handler's (answerRankingQuery); only the reading and writing differ.
import type http from "node:http";
import { logDirectFailure, sendJson } from "../direct-json";
import { answerRankingQuery } from "./ranking-query";
import type { HeaderList } from "../security-headers";

export const RANKING_PATH = "/api/ranking";

/** Answers one GET or HEAD /api/ranking; the guard calls it by method and path. */
export async function answerRankingOverHttp(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  extraHeaders: HeaderList,
  answer: typeof answerRankingQuery = answerRankingQuery,
): Promise<void> {
  const headOnly = request.method === "HEAD";
  try {
    const target = request.url ?? RANKING_PATH;
    const query = target.includes("?") ? target.slice(target.indexOf("?") + 1) : "";
    sendJson(response, extraHeaders, await answer(new URLSearchParams(query)), headOnly);
  } catch (error) {
    logDirectFailure(error, request.method ?? "GET", RANKING_PATH);
    if (!response.headersSent) sendJson(response, extraHeaders, { status: 500, body: { error: "人気記事を読み込めませんでした" }, cacheControl: "no-store" }, headOnly);
  }
}
