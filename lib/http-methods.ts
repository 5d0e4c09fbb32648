// Which HTTP methods each address accepts, and the 405 answer for the others.

export type HttpMethod = "GET" | "HEAD" | "POST";

const READ_ONLY: readonly HttpMethod[] = ["GET", "HEAD"];

/**
 * Pages, feeds, images and static assets are read-only. The exceptions: the inquiry forms post to
 * a server action on their own page (with or without JavaScript), and the inquiry API and the
 * page-view beacon's route take posts only. A new server action on another page, or a new API
 * method, needs a line here.
 */
const ROUTES: readonly { pattern: RegExp; methods: readonly HttpMethod[] }[] = [
  { pattern: /^\/api\/inquiries\/?$/, methods: ["POST"] },
  { pattern: /^\/api\/views\/?$/, methods: ["POST"] },
  { pattern: /^\/contact\/[^/]+\/?$/, methods: ["GET", "HEAD", "POST"] },
];

export function allowedMethods(pathname: string): readonly HttpMethod[] {
  return ROUTES.find((route) => route.pattern.test(pathname))?.methods ?? READ_ONLY;
}

export function isMethodAllowed(method: string, pathname: string): boolean {
  return allowedMethods(pathname).some((allowed) => allowed === method.toUpperCase());
}

/** The Allow header's value; OPTIONS is answered everywhere, by the proxy or the route. */
export function allowHeader(pathname: string): string {
  return [...allowedMethods(pathname), "OPTIONS"].join(", ");
}

/**
 * Next.js turns every request into a Fetch API Request before the proxy runs, and the Fetch API
 * refuses these methods outright, so they reach no code of ours and end as a 500 unless refused
 * before Next.js sees them (see lib/request-guard.ts).
 */
export const UNREPRESENTABLE_METHODS: ReadonlySet<string> = new Set(["TRACE", "TRACK", "CONNECT"]);

export const METHOD_NOT_ALLOWED_MESSAGE = "このアドレスはこのメソッドに対応していません";
