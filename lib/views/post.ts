// A posted page view as the reader's browser sent it (headers and body), to the answer it gets.
// The route handler (app/api/views) and the production server's fast path (lib/views/http-post.ts)
// both answer through this, so they cannot drift apart.
import { parseForm, type LimitedBody } from "../body-limit";
import { isCrossSite } from "../same-origin";
import { recordView, viewDependenciesFor, type ViewDependencies } from "./record";

/** A slug and nothing else; far below anything that costs memory. */
export const MAX_VIEW_BODY_BYTES = 2 * 1024;

export interface ViewAnswer {
  status: number;
  body: Record<string, unknown>;
}

export async function answerViewPost(
  headers: Headers,
  body: LimitedBody,
  dependencies: () => ViewDependencies = viewDependenciesFor,
): Promise<ViewAnswer> {
  if (body.status === "too-large") return { status: 413, body: { counted: false, message: "送信内容が大きすぎます" } };
  if (isCrossSite({ headers })) return { status: 403, body: { counted: false, message: "このサイトの記事ページから送信してください" } };
  const form = await parseForm(body.bytes, headers.get("content-type"));
  const slug = form?.get("slug");
  if (typeof slug !== "string" || slug.length === 0) {
    return { status: 400, body: { counted: false, message: "slug をフォーム形式（application/x-www-form-urlencoded）で送信してください" } };
  }
  const outcome = await recordView(slug, headers, dependencies());
  switch (outcome.status) {
    case "counted":
      return { status: 202, body: { counted: true } };
    case "ignored":
      return { status: 200, body: { counted: false, reason: outcome.reason } };
    case "unknown":
      return { status: 404, body: { counted: false, message: "その記事はありません" } };
    case "failed":
      return { status: 503, body: { counted: false, message: "閲覧数を保存できませんでした" } };
  }
}
