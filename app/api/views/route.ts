// POST /api/views: one page view of an article, sent by the article page's beacon
// (components/ranking/ViewBeacon.tsx) as a form body `slug=…`. Answers JSON; stores no address.
// The production server answers it before Next.js (lib/views/http-post.ts); this route serves
// `next dev` and any server without that fast path, through the same answerViewPost.
import { NextResponse } from "next/server";
import { readBodyWithin } from "@/lib/body-limit";
import { answerViewPost, MAX_VIEW_BODY_BYTES } from "@/lib/views/post";

export async function POST(request: Request) {
  const answer = await answerViewPost(request.headers, await readBodyWithin(request, MAX_VIEW_BODY_BYTES));
  return NextResponse.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
}
