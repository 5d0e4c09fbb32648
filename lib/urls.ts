// Builds the site's paths and encodes or decodes their dynamic segments; pages and components
// link through these. (The inquiry forms' addresses are settings: lib/site.ts.)
import { site } from "./site";

export type TaxonomyKind = "tags" | "categories" | "authors";

function pageSuffix(page: number): string {
  return page > 1 ? `/page/${page}` : "";
}

export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

export function homePath(page = 1): string {
  return page > 1 ? `/page/${page}` : "/";
}

export function taxonomyIndexPath(kind: TaxonomyKind): string {
  return `/${kind}`;
}

export function termPath(kind: TaxonomyKind, name: string, page = 1): string {
  return `/${kind}/${encodeURIComponent(name)}${pageSuffix(page)}`;
}

export function jobPath(id: string): string {
  return `/jobs/${encodeURIComponent(id)}`;
}

/** `/jobs`, with the filters that are set as its query (`/jobs?employment=正社員&tag=C%23`). */
export function jobsPath(filters: Partial<Record<"employment" | "tag" | "location", string | null>> = {}): string {
  const query = new URLSearchParams();
  for (const key of ["employment", "tag", "location"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return search ? `/jobs?${search}` : "/jobs";
}

export function privacyPath(): string {
  return "/privacy";
}

/** `/search`, or a query's results page (`/search?q=C%23&page=2`). */
export function searchPath(query = "", page = 1): string {
  if (!query) return "/search";
  return `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;
}

/** The whole site's feed. */
export function feedPath(format: "rss" | "atom"): string {
  return format === "rss" ? "/feed.xml" : "/atom.xml";
}

/** RSS feed of one tag, category or author. */
export function termFeedPath(kind: TaxonomyKind, name: string): string {
  return `/feeds/${kind}/${encodeURIComponent(name)}`;
}

/** Keeps a path prefix in SITE_URL (https://example.com/media) in front of the site's paths. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * Route params arrive percent-encoded in pages but decoded in generateMetadata (Next 16), and
 * a raw `%` may be part of a name. Callers try the value as given first, then this decoding.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The distinct readings of a route segment to look up, as given first. */
export function segmentCandidates(segment: string): string[] {
  const decoded = decodeSegment(segment);
  return decoded === segment ? [segment] : [segment, decoded];
}

/**
 * A page number as an address writes it (`/page/2`, `?page=2`): "1" → 1, "2" → 2, up to 99999.
 * Anything else ("0", "02", "+2", "2.0", "２", "100000", "x") → null, so a page has one address,
 * and a number too large for any listing fails before a listing or a search is looked at.
 */
export function parsePageNumber(text: string): number | null {
  return /^[1-9]\d{0,4}$/u.test(text) ? Number(text) : null;
}

/**
 * Reads a catch-all taxonomy route: `[name]` or `[name, "page", "2"]`. A name may itself
 * contain "/" when a reader types `AI/ML` raw, which arrives as several segments.
 */
export function parseTermSegments(
  segments: readonly string[],
): { name: string; page: number; explicitFirstPage: boolean } | null {
  const count = segments.length;
  if (count === 0) return null;
  const pageSegment = segments[count - 1];
  if (count >= 3 && segments[count - 2] === "page" && pageSegment !== undefined) {
    const page = parsePageNumber(pageSegment);
    if (page === null) return null;
    // `/tags/AI/page/1` is the tag's own page under another address.
    return { name: segments.slice(0, -2).join("/"), page, explicitFirstPage: page === 1 };
  }
  return { name: segments.join("/"), page: 1, explicitFirstPage: false };
}
