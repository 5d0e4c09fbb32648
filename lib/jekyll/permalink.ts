// The addresses a post had on the Jekyll site, computed by Jekyll's own rules (Jekyll 4: URL,
// Drops::UrlDrop, Utils.slugify), so the imported site can send old links to the new article.
import { wallClock, type ZonedTime } from "./jekyll-dates";

/** Jekyll's built-in permalink styles. */
const STYLES: Record<string, string> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Utils.slugify's modes: what is replaced by a hyphen (`\p{M}\p{L}\p{Nd}` is Ruby's Unicode alnum). */
const SLUG_REPLACED = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/gu,
} as const;

/** Jekyll's Utils.slugify: one leading and one trailing hyphen removed, lowercased unless `cased`. */
export function jekyllSlugify(text: string, mode: keyof typeof SLUG_REPLACED = "default", cased = false): string {
  const slug = text.replace(SLUG_REPLACED[mode], "-").replace(/^-|-$/gu, "");
  return cased ? slug : slug.toLowerCase();
}

/** The template a `permalink` setting stands for: a style's name or a template of its own. */
export function permalinkTemplate(setting: unknown): string {
  if (typeof setting !== "string" || setting.trim() === "") return STYLES.date ?? "";
  return STYLES[setting.trim()] ?? setting.trim();
}

export interface UrlPost {
  /** The post's date, already in the site's time zone (Jekyll calls `localtime` on it). */
  time: ZonedTime;
  /** Front matter `slug`, else the file name's slug (`2025-10-08-hello.md` → `hello`). */
  slug: string;
  /** The file name without extension (`2025-10-08-hello`). */
  baseName: string;
  /** Jekyll's categories of the post, as written. */
  categories: readonly string[];
}

/** ISO 8601 week-numbering year and week, Ruby's %G and %V. */
function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { year: date.getUTCFullYear(), week: Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/** UrlDrop's values for one post. */
function placeholders(post: UrlPost): Record<string, string> {
  const wall = wallClock(post.time);
  const two = (value: number) => String(value).padStart(2, "0");
  const yearDay = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(wall.year, 0, 1)) / 86_400_000) + 1;
  const week = isoWeek(wall.year, wall.month, wall.day);
  const categories = [...new Set(post.categories.map((category) => category.toLowerCase()))];
  return {
    collection: "posts",
    name: jekyllSlugify(post.baseName),
    title: jekyllSlugify(post.slug, "pretty", true),
    slug: jekyllSlugify(post.slug),
    categories: categories.join("/"),
    slugified_categories: [...new Set(post.categories.map((category) => jekyllSlugify(category)))].join("/"),
    year: String(wall.year),
    month: two(wall.month),
    day: two(wall.day),
    hour: two(wall.hour),
    minute: two(wall.minute),
    second: two(wall.second),
    i_day: String(wall.day),
    i_month: String(wall.month),
    short_month: SHORT_MONTHS[wall.month - 1] ?? "",
    long_month: LONG_MONTHS[wall.month - 1] ?? "",
    short_year: two(wall.year % 100),
    y_day: String(yearDay).padStart(3, "0"),
    w_year: String(week.year),
    week: two(week.week),
    w_day: String(wall.weekday || 7),
    short_day: SHORT_DAYS[wall.weekday] ?? "",
    long_day: LONG_DAYS[wall.weekday] ?? "",
    output_ext: ".html",
  };
}

/** URL#sanitize_url: a leading slash, no `..` or `./`, no doubled slashes. */
function sanitize(url: string): string {
  return `/${url}`.replaceAll("..", "/").replaceAll("./", "").replace(/\/{2,}/gu, "/");
}

/**
 * A post's URL on the Jekyll site (without `baseurl`), unescaped. `unknown` lists placeholders
 * Jekyll would have refused; they are left as written.
 */
export function jekyllPostUrl(template: string, post: UrlPost): { url: string; unknown: string[] } {
  const values = placeholders(post);
  const unknown: string[] = [];
  const url = template.replace(/:([a-z_]+)/gu, (match, name: string) => {
    // Like Jekyll, `:title_` may stand for `:title` followed by an underscore.
    const key = name in values ? name : name.endsWith("_") && name.slice(0, -1) in values ? name.slice(0, -1) : null;
    if (key === null) {
      unknown.push(match);
      return match;
    }
    return (values[key] ?? "") + name.slice(key.length);
  });
  return { url: sanitize(url), unknown };
}

/** `baseurl` as a prefix: "" or "/blog". */
export function baseUrlPrefix(baseurl: unknown): string {
  if (typeof baseurl !== "string") return "";
  const trimmed = baseurl.trim().replace(/\/+$/u, "");
  return trimmed === "" ? "" : `/${trimmed.replace(/^\/+/u, "")}`;
}

function decodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        const decoded = decodeURIComponent(segment);
        // An encoded slash stays encoded: decoded, it would change which folders the path names.
        return decoded.includes("/") ? segment : decoded;
      } catch {
        return segment;
      }
    })
    .join("/")
    .normalize("NFC");
}

/**
 * A site-absolute path as the site compares it: with `baseurl`, one leading slash, percent-encoding
 * decoded (Japanese as characters), without host, query or fragment.
 */
export function oldSitePath(written: string, baseurl: string): string | null {
  const path = written.trim();
  if (path === "") return null;
  // A whole URL already names the path the server saw, baseurl included.
  if (/^[a-z][a-z\d+.-]*:\/\//iu.test(path) || path.startsWith("//")) {
    try {
      return decodePath(new URL(path, "http://placeholder.invalid").pathname);
    } catch {
      return null;
    }
  }
  return decodePath(`${baseurl}/${path.replace(/[?#].*$/u, "")}`.replace(/\/{2,}/gu, "/"));
}
