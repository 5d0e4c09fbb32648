// Response headers for every route. Kept apart from next.config.ts so tests can read the rules.
import { site } from "./site";

export interface SecurityHeaderOptions {
  isDev: boolean;
  /** The public origin (SITE_URL): HTTPS-only rules are sent only when the site is served over HTTPS. */
  siteUrl?: string;
}

function servedOverHttps(siteUrl: string): boolean {
  return siteUrl.startsWith("https:");
}

/**
 * Scripts: our own origin only, plus inline scripts because statically generated App Router
 * pages carry their data in inline <script> tags, and a per-request nonce would make every page
 * dynamic. Script injection from article content is stopped before it reaches the page (the MDX
 * sanitiser); this policy still blocks foreign script hosts, plugins, framing and base-URL tricks.
 * `upgrade-insecure-requests` only when the site is HTTPS: on a plain-HTTP origin (a local
 * `npm start`, a test server on 127.0.0.1) it would rewrite the page's own form posts and asset
 * URLs to an https:// address nobody serves.
 */
export function contentSecurityPolicy({ isDev, siteUrl = site.url }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(!isDev && servedOverHttps(siteUrl) ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers as next.config.ts's `headers()` takes them, and as the request guard sends them itself. */
export type HeaderList = readonly { key: string; value: string }[];

export function securityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  const { isDev, siteUrl = site.url } = options;
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ isDev, siteUrl }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    // Browsers ignore it over plain HTTP; sent only when the public origin is HTTPS anyway.
    ...(!isDev && servedOverHttps(siteUrl) ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : []),
  ];
}
