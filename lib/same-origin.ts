// Whether a posted request came from a page of another site.

/** A browser posting from another site sends its Origin; the site's own pages are same-origin. */
export function isCrossSite(request: { headers: Headers }): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
