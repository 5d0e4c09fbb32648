// Scripts a reader downloads: a page loads only the client code it uses. Every page shares the
// layout's scripts (the privacy page has nothing else); an article adds its few interactive parts
// (share, 目次 highlight, 人気記事, view beacon), listings add nothing. An import of a client
// component into a server one (next/image's <Image> in the author box did) puts its code into
// every page that could render it, picture or not.
import zlib from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { AUTHORS, FRONT } from "./fixtures/cases";
import { articleByFile, termPagePath } from "./content";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the same scripts for every device: checked once");
});

/** What a page's own interactive parts may add to the layout's scripts, compressed. */
const ARTICLE_EXTRA_GZIP_BYTES = 5 * 1024;
const LISTING_EXTRA_GZIP_BYTES = 1024;

/** Compressed size of each external script the page loads, by address. */
async function scripts(request: APIRequestContext, path: string): Promise<Map<string, number>> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const sizes = new Map<string, number>();
  for (const [, src = ""] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const body = await (await request.get(src)).body();
    sizes.set(src, zlib.gzipSync(body, { level: 9 }).length);
  }
  return sizes;
}

/** Compressed bytes `path` loads beyond the scripts of every page. */
async function extraBytes(request: APIRequestContext, path: string, shared: Map<string, number>): Promise<number> {
  let extra = 0;
  for (const [src, bytes] of await scripts(request, path)) if (!shared.has(src)) extra += bytes;
  return extra;
}

test("an article page adds only its interactive parts to the layout's scripts", async ({ request }) => {
  const shared = await scripts(request, "/privacy");
  expect(shared.size, "the layout loads scripts").toBeGreaterThan(0);
  // With a picture, and with an author box with a portrait: both drawn on the server.
  for (const path of [FRONT.pictured.path, AUTHORS.fullArticle.path]) {
    expect(await extraBytes(request, path, shared), path).toBeLessThanOrEqual(ARTICLE_EXTRA_GZIP_BYTES);
  }
});

test("listing pages load no script of their own: cards, thumbnails and the ranking are drawn on the server", async ({ request }) => {
  const shared = await scripts(request, "/privacy");
  const { category, tags } = articleByFile(FRONT.pictured.file);
  const paths = ["/", "/authors", termPagePath("authors", AUTHORS.full.id)];
  if (category) paths.push(termPagePath("categories", category));
  for (const tag of tags.slice(0, 1)) paths.push(termPagePath("tags", tag));
  expect(paths.length, "the pictured article has a category and a tag").toBe(5);
  for (const path of paths) {
    expect(await extraBytes(request, path, shared), path).toBeLessThanOrEqual(LISTING_EXTRA_GZIP_BYTES);
  }
});
