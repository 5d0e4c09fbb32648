// What publishing costs once the site is built: one new article, then one edited body, each
// followed by `npm run build` over the last build (its cache/ kept, as hosts and CI keep it).
import fs from "node:fs";
import path from "node:path";
import { buildSite, type BuildFigures } from "./build";
import { writeSyntheticContent } from "./synthetic";

export interface RebuildFigures {
  addOne: BuildFigures;
  editOne: BuildFigures;
}

export async function measureRebuilds(repo: string, contentDir: string, articles: number, logDir: string): Promise<RebuildFigures> {
  // The article a corpus one larger has last: the newest of all, as a new article is.
  writeSyntheticContent(contentDir, articles + 1, articles);
  console.log("再ビルド: 記事を 1 件追加");
  const addOne = await buildSite(repo, contentDir, articles + 1, path.join(logDir, "rebuild-add.log"), false);

  // An edit in the middle of the archive: a page the build does not write, read on request.
  const edited = path.join(contentDir, "articles", `bench-${Math.floor(articles / 3)}.mdx`);
  fs.appendFileSync(edited, "\n\n追記: 本文を一段落書き足しました。\n");
  console.log("再ビルド: 記事を 1 件編集");
  const editOne = await buildSite(repo, contentDir, articles + 1, path.join(logDir, "rebuild-edit.log"), false);
  return { addOne, editOne };
}
