// POST /api/views: one page view of an article, sent by the article page's beacon
// (components/ranking/ViewBeacon.tsx) as a form body `slug=…`. Answers JSON; stores no address.
import { NextResponse } from "next/server";
import { parseForm, readBodyWithin } from "@/lib/body-limit";
import { isCrossSite } from "@/lib/same-origin";
import { recordView, viewDependenciesFor } from "@/lib/views/record";

/** A slug and nothing else; far below anything that costs memory. */
const MAX_BODY_BYTES = 2 * 1024;

function reply(status: number, body: Record<string, unknown>) {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function POST(request: Request) {
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (body.status === "too-large") return reply(413, { counted: false, message: "送信内容が大きすぎます" });
  if (isCrossSite(request)) return reply(403, { counted: false, message: "このサイトの記事ページから送信してください" });
  const form = await parseForm(body.bytes, request.headers.get("content-type"));
  const slug = form?.get("slug");
  if (typeof slug !== "string" || slug.length === 0) {
    return reply(400, { counted: false, message: "slug をフォーム形式（application/x-www-form-urlencoded）で送信してください" });
  }
  const outcome = await recordView(slug, request.headers, viewDependenciesFor());
  switch (outcome.status) {
    case "counted":
      return reply(202, { counted: true });
    case "ignored":
      return reply(200, { counted: false, reason: outcome.reason });
    case "unknown":
      return reply(404, { counted: false, message: "その記事はありません" });
    case "failed":
      return reply(503, { counted: false, message: "閲覧数を保存できませんでした" });
  }
}
