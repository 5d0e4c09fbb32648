// POST /api/inquiries: the inquiry forms for clients that post without the page (scripts, other
// front ends, load tests). The same fields as the forms plus `kind`; answers JSON.
import { after, NextResponse } from "next/server";
import { parseForm, readBodyWithin } from "@/lib/body-limit";
import { INQUIRY_KINDS, isInquiryKind } from "@/lib/inquiries/fields";
import { dependenciesFor, submitInquiry } from "@/lib/inquiries/submit";
import { notifyWebhook } from "@/lib/inquiries/webhook";
import { isCrossSite } from "@/lib/same-origin";

/** Far above any valid form (the longest is about 4,500 characters), far below a memory problem. */
const MAX_BODY_BYTES = 64 * 1024;

function reply(status: number, body: Record<string, unknown>, headers?: Record<string, string>) {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export async function POST(request: Request) {
  // Counted as it arrives: a chunked body without a length is held to the same limit.
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (body.status === "too-large") return reply(413, { status: "refused", message: "送信内容が大きすぎます" });
  if (isCrossSite(request)) return reply(403, { status: "refused", message: "このサイトのフォームから送信してください" });

  const form = await parseForm(body.bytes, request.headers.get("content-type"));
  if (!form) {
    return reply(400, { status: "refused", message: "フォーム形式（application/x-www-form-urlencoded または multipart/form-data）で送信してください" });
  }
  const kind = form.get("kind");
  if (!isInquiryKind(kind)) {
    return reply(400, { status: "invalid", errors: { kind: `kind は ${INQUIRY_KINDS.join(" / ")} のどれかです` } });
  }

  const outcome = await submitInquiry(kind, form, dependenciesFor());
  switch (outcome.status) {
    case "stored": {
      const { inquiry, duplicate } = outcome;
      if (!duplicate) after(() => notifyWebhook(inquiry));
      return reply(duplicate ? 200 : 201, { status: "stored", duplicate });
    }
    case "invalid":
      return reply(422, { status: "invalid", errors: outcome.errors });
    case "refused":
      return outcome.reason === "rate-limit"
        ? reply(429, { status: "refused", message: outcome.message }, { "retry-after": String(outcome.retryAfterSeconds ?? 60) })
        : reply(400, { status: "refused", message: outcome.message });
    case "failed":
      return reply(503, { status: "failed", message: outcome.message });
  }
}
