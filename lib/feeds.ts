// RSS 2.0 and Atom documents. Every value from content is escaped; links are absolute and encoded.
import type { Article } from "./content/types";
import { toJstIsoString } from "./dates";
import { site } from "./site";
import { absoluteUrl } from "./urls";

const FEED_SIZE = 30;

export interface FeedInfo {
  title: string;
  description: string;
  /** Page the feed belongs to. */
  pagePath: string;
  /** Where the feed itself is served. */
  feedPath: string;
}

// Characters XML 1.0 does not allow at all, which pasted text sometimes carries.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 822 date in JST, as RSS readers expect: `Wed, 08 Oct 2025 11:01:53 +0900`. */
function toRfc822Jst(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAYS[jst.getUTCDay()]}, ${pad(jst.getUTCDate())} ${MONTHS[jst.getUTCMonth()]} ${jst.getUTCFullYear()} ${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}:${pad(jst.getUTCSeconds())} +0900`;
}

function categoriesOf(article: Article): string[] {
  return [...article.categories, ...article.tags].map((term) => term.name);
}

export function renderRss(info: FeedInfo, articles: readonly Article[]): string {
  const items = articles.slice(0, FEED_SIZE).map((article) => {
    const link = escapeXml(absoluteUrl(article.path));
    return [
      "<item>",
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${link}</link>`,
      `<guid isPermaLink="true">${link}</guid>`,
      `<pubDate>${toRfc822Jst(article.date)}</pubDate>`,
      `<description>${escapeXml(article.excerpt)}</description>`,
      ...categoriesOf(article).map((name) => `<category>${escapeXml(name)}</category>`),
      article.author ? `<dc:creator>${escapeXml(article.author.name)}</dc:creator>` : "",
      "</item>",
    ].join("");
  });
  const newest = articles[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${escapeXml(info.title)}</title>`,
    `<link>${escapeXml(absoluteUrl(info.pagePath))}</link>`,
    `<description>${escapeXml(info.description)}</description>`,
    "<language>ja</language>",
    newest ? `<lastBuildDate>${toRfc822Jst(newest.updated ?? newest.date)}</lastBuildDate>` : "",
    `<atom:link href="${escapeXml(absoluteUrl(info.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}

export function renderAtom(info: FeedInfo, articles: readonly Article[]): string {
  const entries = articles.slice(0, FEED_SIZE).map((article) => {
    const link = escapeXml(absoluteUrl(article.path));
    return [
      "<entry>",
      `<id>${link}</id>`,
      `<title>${escapeXml(article.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${link}"/>`,
      `<published>${toJstIsoString(article.date)}</published>`,
      `<updated>${toJstIsoString(article.updated ?? article.date)}</updated>`,
      `<summary>${escapeXml(article.excerpt)}</summary>`,
      `<author><name>${escapeXml(article.author?.name ?? site.name)}</name></author>`,
      ...categoriesOf(article).map((name) => `<category term="${escapeXml(name)}"/>`),
      "</entry>",
    ].join("");
  });
  const newest = articles[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `<id>${escapeXml(absoluteUrl(info.pagePath))}</id>`,
    `<title>${escapeXml(info.title)}</title>`,
    `<subtitle>${escapeXml(info.description)}</subtitle>`,
    `<updated>${toJstIsoString(newest ? (newest.updated ?? newest.date) : new Date(0))}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(info.feedPath))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(info.pagePath))}"/>`,
    ...entries,
    "</feed>",
  ].join("\n");
}

export function xmlResponse(body: string, type: "rss" | "atom"): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `application/${type === "rss" ? "rss" : "atom"}+xml; charset=utf-8`,
      "Cache-Control": "public, max-age=600",
    },
  });
}
