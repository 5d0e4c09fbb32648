import { NextResponse, type NextRequest } from "next/server";

/** Rejects paths whose percent-encoding is broken: the router would answer them with a 500. */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse("ページが見つかりません（URL の形式が正しくありません）", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
