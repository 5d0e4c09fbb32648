import { NextResponse, type NextRequest } from "next/server";

/** Longer paths are not ours: no slug, tag or page address comes near this. */
const MAX_PATH_LENGTH = 2048;

/** Next.js's own limit for a server action's body; refused here before the body is read. */
const MAX_FORM_BYTES = 1024 * 1024;

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

// Control characters never appear in our addresses; Next.js tries to cache a page under such a
// name and fails.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * A form posted to a page (the inquiry forms' server action) that cannot be parsed makes Next.js
 * answer 500; refuse it as a bad request instead. The API route parses its own body.
 */
async function malformedForm(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  if (!FORM_TYPES.test(request.headers.get("content-type") ?? "")) return null;
  if (Number(request.headers.get("content-length")) > MAX_FORM_BYTES) return plainText(413, "送信内容が大きすぎます");
  try {
    await request.clone().formData();
    return null;
  } catch {
    return plainText(400, "送信内容の形式が正しくありません");
  }
}

/**
 * Answers malformed requests with a 4xx before routing: broken percent-encoding would otherwise
 * reach the router and come back as a 500. Methods are checked earlier still, by
 * lib/request-guard.ts.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.length > MAX_PATH_LENGTH) return plainText(414, "URL が長すぎます");
  const decoded = decodedPath(pathname);
  if (decoded === null || CONTROL_CHARACTERS.test(decoded)) {
    return plainText(404, "ページが見つかりません（URL の形式が正しくありません）");
  }
  return (await malformedForm(request)) ?? NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
