import { NextResponse, type NextRequest } from "next/server";

/** Next.js's own limit for a server action's body; refused here before the body is read. */
const MAX_FORM_BYTES = 1024 * 1024;

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * A form posted to an inquiry page (its server action) that cannot be parsed makes Next.js answer
 * 500; refuse it as a bad request instead. Malformed paths and unexpected methods are answered
 * earlier, by lib/request-guard.ts, which is cheaper than running this on every page request.
 */
export async function proxy(request: NextRequest) {
  if (request.method !== "POST" || !FORM_TYPES.test(request.headers.get("content-type") ?? "")) return NextResponse.next();
  if (Number(request.headers.get("content-length")) > MAX_FORM_BYTES) return plainText(413, "送信内容が大きすぎます");
  try {
    await request.clone().formData();
    return NextResponse.next();
  } catch {
    return plainText(400, "送信内容の形式が正しくありません");
  }
}

// The only pages that accept a POST (see lib/http-methods.ts).
export const config = {
  matcher: ["/contact/:path*"],
};
