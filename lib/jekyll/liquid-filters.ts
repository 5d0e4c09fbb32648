// Jekyll's own Liquid filters that liquidjs does not have. liquidjs already has Jekyll's date_to_*,
// slugify, jsonify, xml_escape, cgi_escape, uri_escape, number_of_words, where_exp, group_by and
// array_to_sentence_string.
import type { FilterImplOptions } from "liquidjs";

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * relative_url and absolute_url: the imported site serves everything from `/` (posts at their new
 * paths, the Jekyll site's images copied to the same paths under public/), so both give the path.
 * A URL with a scheme stays as it is, as in Jekyll.
 */
function sitePath(value: unknown): string {
  const written = text(value);
  if (written === "" || /^[a-z][a-z\d+.-]*:/iu.test(written) || written.startsWith("//")) return written;
  return written.startsWith("/") ? written : `/${written}`;
}

/** Kramdown's SmartyPants as Jekyll's smartify applies it: typographic quotes, dashes and ellipses. */
export function smartify(value: unknown): string {
  return text(value)
    .replace(/---/gu, "—")
    .replace(/--/gu, "–")
    .replace(/\.\.\./gu, "…")
    .replace(/(^|[\s(\[{\u2014-])"/gu, "$1“")
    .replace(/"/gu, "”")
    .replace(/(^|[\s(\[{\u2014-])'/gu, "$1‘")
    .replace(/'/gu, "’");
}

export const jekyllFilters: Record<string, FilterImplOptions> = {
  relative_url: sitePath,
  absolute_url: sitePath,
  // The post body stays Markdown, and the site renders it; converting here would render it twice.
  markdownify: text,
  smartify,
};
