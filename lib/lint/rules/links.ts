// Links to articles that do not exist (or are not published yet) and local images that are missing.
import fs from "node:fs";
import path from "node:path";
import { frontMatterImage, imageLine } from "../../content/article-image";
import { decodeSegment } from "../../urls";
import { linesOutsideCode } from "../blocks";
import { defineRule } from "../define-rule";
import type { LintArticle, LintSite } from "../types";

interface Target {
  url: string;
  image: boolean;
  line: number;
}

const INLINE = /(!?)\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^\s)>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/gu;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/u;
const HTML_HREF = /<a\s[^>]*?\bhref\s*=\s*["']([^"']+)["']/giu;
const HTML_SRC = /<img\s[^>]*?\bsrc\s*=\s*["']([^"']+)["']/giu;
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|avif|svg)$/iu;

function targetsOf(article: LintArticle): Target[] {
  const targets: Target[] = [];
  linesOutsideCode(article.body, article.bodyStartLine, article.blocks).forEach((text, index) => {
    const line = article.bodyStartLine + index;
    for (const match of text.matchAll(INLINE)) targets.push({ url: match[2] ?? "", image: match[1] === "!", line });
    const definition = DEFINITION.exec(text)?.[1];
    if (definition) targets.push({ url: definition, image: IMAGE_EXTENSION.test(definition), line });
    for (const match of text.matchAll(HTML_HREF)) targets.push({ url: match[1] ?? "", image: false, line });
    for (const match of text.matchAll(HTML_SRC)) targets.push({ url: match[1] ?? "", image: true, line });
  });
  const image = frontMatterImage(article.frontMatter);
  if (image) targets.push({ url: image.src, image: true, line: imageLine(image, article.keyLines) ?? 1 });
  return targets;
}

function withoutQueryOrHash(url: string): string {
  return url.replace(/[?#].*$/u, "");
}

/** The slug of `/articles/<slug>` or `<site url>/articles/<slug>`, or null for any other link. */
function linkedSlug(url: string, siteUrl: string): string | null {
  const local = url.startsWith(`${siteUrl}/`) ? url.slice(siteUrl.length) : url;
  const match = /^\/articles\/([^/]+)\/?$/u.exec(withoutQueryOrHash(local));
  return match?.[1] ? decodeSegment(match[1]).normalize("NFC") : null;
}

function isLocal(url: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/iu.test(url) && !url.startsWith("//") && !url.startsWith("#");
}

function checkImage(url: string, site: LintSite): string | null {
  const file = decodeSegment(withoutQueryOrHash(url));
  if (!file.startsWith("/")) {
    return `画像「${url}」は相対パスなので記事のページでは表示されません。public/ に置き、「/images/…」のように / から書いてください`;
  }
  if (fs.existsSync(path.join(site.publicDir, file))) return null;
  return `画像「${url}」がありません。public${file} に置くか、パスを直してください`;
}

const articlesBySite = new WeakMap<LintSite, Map<string, LintArticle>>();

/** Built once per check: built per article, it made the check quadratic in the size of the site. */
function articlesBySlug(site: LintSite): Map<string, LintArticle> {
  let bySlug = articlesBySite.get(site);
  if (!bySlug) {
    bySlug = new Map(site.articles.map((other) => [other.slug, other]));
    articlesBySite.set(site, bySlug);
  }
  return bySlug;
}

export const linksRule = defineRule(
  {
    "broken-link": { severity: "error", description: "存在しない記事（/articles/<slug>）へのリンク" },
    "unpublished-link": { severity: "warning", description: "下書きや公開予定の記事へのリンク（公開まで 404）" },
    "missing-image": { severity: "error", description: "public/ にないローカル画像、相対パスの画像" },
  },
  (article, site, report) => {
    const bySlug = articlesBySlug(site);
    for (const { url, image, line } of targetsOf(article)) {
      if (image) {
        const problem = isLocal(url) ? checkImage(url, site) : null;
        if (problem) report("missing-image", line, problem);
        continue;
      }
      const slug = linkedSlug(url, site.siteUrl);
      if (slug === null) continue;
      const target = bySlug.get(slug);
      if (!target) {
        report("broken-link", line, `リンク先の記事「${url}」がありません（スラッグ「${slug}」の記事が見つかりません）`);
      } else if (target.frontMatter.draft) {
        report("unpublished-link", line, `リンク先の記事「${url}」は下書き（draft: true）です。公開されるまでリンクは 404 になります`);
      } else if (target.frontMatter.date && target.frontMatter.date.getTime() > site.now.getTime()) {
        report("unpublished-link", line, `リンク先の記事「${url}」はまだ公開されていません（公開予定の記事です）。公開されるまでリンクは 404 になります`);
      }
    }
  },
);
