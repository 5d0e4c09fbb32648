// Addresses an article had on the site it came from (Jekyll's permalink, `redirect_from`): how
// they are written in front matter, compared, and kept apart from this site's own routes.

/** First path segments this site serves itself: an old address there could never reach its redirect. */
const SITE_SEGMENTS = new Set([
  "articles",
  "tags",
  "categories",
  "authors",
  "page",
  "search",
  "jobs",
  "contact",
  "privacy",
  "feeds",
  "api",
  "_next",
  "feed.xml",
  "atom.xml",
  "sitemap.xml",
  "robots.txt",
  "icon.svg",
  "opengraph-image",
  "favicon.ico",
]);

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The form an old address is compared in: percent-decoded, NFC, without the trailing slash or
 * `index.html` that Jekyll's pretty URLs are also served with. `/2025/10/08/foo/`,
 * `/2025/10/08/foo/index.html` and `/2025/10/08/foo` are one address.
 */
export function oldPathKey(written: string): string {
  const decoded = decodeSafely(written).normalize("NFC");
  const trimmed = decoded.replace(/\/index\.html?$/iu, "/").replace(/\/+$/u, "");
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** Why `written` cannot be an old address, or null when it can; written as editors read it. */
export function oldPathProblem(written: string): string | null {
  if (/^[a-z][a-z\d+.-]*:/iu.test(written) || written.startsWith("//")) {
    return `「${written}」はサイト内のパス（/2025/10/08/old-post/ のように / から始まる形）で書いてください`;
  }
  if (/[?#\\\s\u0000-\u001f]/u.test(written)) return `「${written}」には ? # \\ や空白を使えません`;
  const key = oldPathKey(written);
  if (key === "/" || key === "") return "トップページ（/）は転送元にできません";
  if (key.split("/").some((segment) => segment === ".." || segment === ".")) return `「${written}」に . や .. の区切りは使えません`;
  const first = key.split("/")[1] ?? "";
  if (SITE_SEGMENTS.has(first.toLowerCase())) {
    return `「${written}」はこのサイト自身のページ（/${first}/…）と重なるため転送できません。記事の slug を旧 URL に合わせるか、この行を消してください`;
  }
  return null;
}

/** The route segments an old address is requested with: each variant Jekyll served it under. */
export function oldPathSegments(written: string): string[][] {
  const key = oldPathKey(written);
  const segments = key.split("/").slice(1);
  const last = segments.at(-1) ?? "";
  // A pretty URL (no extension) was also served as …/index.html.
  return /\.[a-z0-9]+$/iu.test(last) ? [segments] : [segments, [...segments, "index.html"]];
}
