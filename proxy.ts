import { NextResponse, type NextRequest } from "next/server";

/** Longer paths are not ours: no slug, tag or page address comes near this. */
const MAX_PATH_LENGTH = 2048;

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Answers malformed requests with a 4xx before routing: broken percent-encoding would otherwise
 * reach the router and come back as a 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.length > MAX_PATH_LENGTH) return plainText(414, "URL が長すぎます");
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainText(404, "ページが見つかりません（URL の形式が正しくありません）");
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
