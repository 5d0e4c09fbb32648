import { NextResponse, type NextRequest } from "next/server";
import { parseForm, readBodyWithin } from "./lib/body-limit";

/** Next.js's own limit for a server action's body; refused here before the action reads it. */
const MAX_FORM_BYTES = 1024 * 1024;

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * A body over the limit gets 413, counted as it arrives, so a chunked body without a length is
 * held to it too; a form posted to an inquiry page (its server action) that cannot be parsed
 * makes Next.js answer 500, so it is refused as a bad request instead. Malformed paths and
 * unexpected methods are answered earlier, by lib/request-guard.ts, which is cheaper than running
 * this on every page request.
 *
 * Next.js gives the proxy a body of its own and keeps another copy for the page (bounded by its
 * `experimental.proxyClientMaxBodySize`, 10 MB by default), so reading this one, rather than a
 * clone, takes nothing from the action.
 */
export async function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  const body = await readBodyWithin(request, MAX_FORM_BYTES);
  if (body.status === "too-large") return plainText(413, "送信内容が大きすぎます");
  const contentType = request.headers.get("content-type") ?? "";
  if (FORM_TYPES.test(contentType) && !(await parseForm(body.bytes, contentType))) {
    return plainText(400, "送信内容の形式が正しくありません");
  }
  return NextResponse.next();
}

// The only pages that accept a POST (see lib/http-methods.ts).
export const config = {
  matcher: ["/contact/:path*"],
};
