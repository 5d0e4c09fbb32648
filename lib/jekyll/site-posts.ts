// The posts of a Jekyll site as Jekyll knew them (categories, date, URL), and the `site` and `page`
// objects its templates read, with every post's URL being its new one on this site.
import path from "node:path";
import { articlePath } from "../urls";
import { inZone, parseJekyllDate, rubyTimeText, type ZonedTime } from "./jekyll-dates";
import { baseUrlPrefix, jekyllPostUrl, oldSitePath, permalinkTemplate } from "./permalink";
import { POST_NAME, type ParsedPost } from "./post-file";
import type { JekyllSiteConfig } from "./site-config";

export interface JekyllPost {
  post: ParsedPost;
  /** `_posts/2025/2025-10-08-hello.md` */
  relativePath: string;
  /** Jekyll's categories: `categories` (a string split at spaces), then `category`, without repeats. */
  categories: string[];
  tags: string[];
  /** The date as written (its own offset), or from the file name; null when Jekyll could not read it. */
  time: ZonedTime | null;
  /** What `{{ page }}` is in this post's templates, and the post's entry in `site.posts`. */
  page: Record<string, unknown>;
}

function names(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\s+/u).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map(String);
  if (typeof value === "number") return [String(value)];
  return [];
}

/** The date Jekyll gave a post: its front matter's, else its file name's (midnight in the site's zone). */
function postTime(post: ParsedPost, timeZone: string): ZonedTime | null {
  const written = post.data.date;
  if (written !== undefined && written !== null && written !== "") return parseJekyllDate(written instanceof Date ? written : String(written), timeZone);
  const match = POST_NAME.exec(path.basename(post.file));
  return match ? parseJekyllDate(`${match[1]}-${match[2]}-${match[3]}`, timeZone) : null;
}

export function describePost(post: ParsedPost, postsFolder: string, timeZone: string): JekyllPost {
  const relativePath = ["_posts", ...path.relative(postsFolder, post.file).split(path.sep)].join("/");
  const { data } = post;
  // A singular `category` is one name even with spaces in it (Utils.pluralized_array_from_hash).
  const category = typeof data.category === "string" || typeof data.category === "number" ? [String(data.category)] : names(data.category);
  const categories = [...new Set([...names(data.categories), ...category])];
  const tags = [...new Set(names(data.tags))];
  const time = postTime(post, timeZone);
  const url = articlePath(post.slug);
  const excerpt = typeof data.excerpt === "string" ? data.excerpt : undefined;
  // The front matter as it was, under the keys Jekyll sets itself, as Jekyll's page object is.
  const page: Record<string, unknown> = {
    ...data,
    title: post.title,
    slug: post.slug,
    url,
    id: url,
    path: relativePath,
    collection: "posts",
    categories,
    tags,
    date: time ? rubyTimeText(inZone(time, timeZone)) : undefined,
    ...(excerpt !== undefined ? { excerpt } : {}),
  };
  return { post, relativePath, categories, tags, time, page };
}

/** Newest first, as `site.posts` is; drafts (`published: false`) are not among them, as in Jekyll. */
function published(posts: readonly JekyllPost[]): JekyllPost[] {
  return posts
    .filter((post) => post.post.data.published !== false)
    .sort((a, b) => (b.time?.date.getTime() ?? 0) - (a.time?.date.getTime() ?? 0));
}

function groupBy(posts: readonly JekyllPost[], key: (post: JekyllPost) => readonly string[]): Record<string, unknown> {
  const groups: Record<string, Record<string, unknown>[]> = {};
  for (const post of posts) {
    for (const name of key(post)) (groups[name] ??= []).push(post.page);
  }
  return groups;
}

/**
 * `site` for the templates: _config.yml's keys, then what Jekyll adds. `url` and `baseurl` are
 * empty: the imported site serves from `/`, so `{{ site.baseurl }}/assets/a.png` becomes the path.
 */
export function siteScope(config: JekyllSiteConfig, posts: readonly JekyllPost[], now: Date): Record<string, unknown> {
  const listed = published(posts);
  return {
    ...config.config,
    url: "",
    baseurl: "",
    data: config.data,
    posts: listed.map((post) => post.page),
    categories: groupBy(listed, (post) => post.categories),
    tags: groupBy(listed, (post) => post.tags),
    pages: [],
    time: rubyTimeText(inZone({ date: now, offsetMinutes: 0 }, config.timeZone)),
  };
}

/**
 * Every address the post had on the Jekyll site: its URL by the site's permalink or its own, and
 * its `redirect_from` entries, each with `baseurl`, decoded, without the new path itself.
 */
export function oldAddresses(post: JekyllPost, config: JekyllSiteConfig): { addresses: string[]; unknownPlaceholders: string[] } {
  const baseurl = baseUrlPrefix(config.config.baseurl);
  const written: string[] = [];
  let unknownPlaceholders: string[] = [];
  if (post.time) {
    const ownPermalink = post.post.data.permalink;
    const template = typeof ownPermalink === "string" && ownPermalink.trim() !== "" ? ownPermalink.trim() : permalinkTemplate(config.config.permalink);
    const baseName = path.basename(post.post.file).replace(/\.[^.]+$/u, "");
    const computed = jekyllPostUrl(template, { time: inZone(post.time, config.timeZone), slug: post.post.slug, baseName, categories: post.categories });
    written.push(computed.url);
    unknownPlaceholders = computed.unknown;
  }
  const redirects = post.post.data.redirect_from;
  for (const entry of Array.isArray(redirects) ? redirects : [redirects]) {
    if (typeof entry === "string") written.push(entry);
  }
  const newPath = `/articles/${post.post.slug}`;
  const addresses = [...new Set(written.map((entry) => oldSitePath(entry, baseurl)).filter((entry) => entry !== null && entry !== newPath))];
  return { addresses: addresses.filter((entry): entry is string => entry !== null), unknownPlaceholders };
}
