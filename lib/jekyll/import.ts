// `npm run import:jekyll`: copies a Jekyll site's posts into content/articles, with their front
// matter kept the way Jekyll meant it and their Liquid converted, and reports every change.
import fs from "node:fs";
import path from "node:path";
import { loadForCheck } from "../content/check";
import { listContentFiles } from "../content/load";
import { slugFromFileName, termKey } from "../content/slugs";
import { CATEGORIES_FILE, readCategoriesFile, withCategoriesAdded, writeCategoriesFile } from "./categories-file";
import { convertLiquid, type ConversionNote } from "./convert";
import { convertFrontMatter } from "./front-matter";
import { createJekyllLiquid } from "./liquid-engine";
import { baseUrlPrefix, permalinkTemplate } from "./permalink";
import { MARKDOWN, parsePost } from "./post-file";
import { readSiteConfig } from "./site-config";
import { createSiteLinks } from "./site-links";
import { describePost, oldAddresses, siteScope } from "./site-posts";
import { occupied, readSiteFile, readSiteImage, writeInside, type Refusal, type WriteRefusal } from "./site-files";

export interface ImportOptions {
  /** A Jekyll site (the folder holding `_posts/`) or its `_posts/` folder. */
  source: string;
  /** The site's content folder: posts go to its `articles/`. */
  contentRoot: string;
  /** Images a post uses are copied here from the Jekyll site. */
  publicDir: string;
  /** Replace files that already exist. */
  force?: boolean;
  /** Paths in the report are relative to this folder. */
  cwd?: string;
  /** `--category-map old=new`: a Jekyll category (compared by termKey) → the site's category. */
  categoryMap?: ReadonlyMap<string, string>;
  /** `site.time` in the templates; now unless a test fixes it. */
  now?: Date;
}

export interface PostReport {
  source: string;
  destination: string | null;
  status: "imported" | "overwritten" | "skipped";
  /** Why a post was skipped. */
  reason?: string;
  /** Skipped for a reason the editor must act on (not merely because its file already exists). */
  failed: boolean;
  changed: ConversionNote[];
  unconverted: ConversionNote[];
}

export type ImageReport = {
  path: string;
  /** The imported post that uses it. */
  usedBy: string;
  /** Line of its first use in `usedBy`. */
  line: number;
} & ({ status: "copied" | "overwritten" | "exists" | "missing" } | { status: "refused"; reason: string });

export type ImportReport =
  | { ok: true; posts: PostReport[]; images: ImageReport[]; notes: string[] }
  | { ok: false; message: string };

interface SiteFolders {
  siteRoot: string;
  /** The site's real path: everything read from the site must resolve inside it. */
  realRoot: string;
  posts: string;
}

/** The site and its `_posts`, which must be a folder of the site, not a link to one elsewhere. */
function findFolders(source: string): SiteFolders | { linked: string } | null {
  const resolved = path.resolve(source);
  const candidates = [{ siteRoot: resolved, posts: path.join(resolved, "_posts") }];
  if (path.basename(resolved) === "_posts") candidates.push({ siteRoot: path.dirname(resolved), posts: resolved });
  for (const { siteRoot, posts } of candidates) {
    if (!occupied(posts)) continue;
    const stats = fs.lstatSync(posts);
    if (stats.isSymbolicLink()) return { linked: posts };
    if (stats.isDirectory()) return { siteRoot, realRoot: fs.realpathSync(siteRoot), posts };
  }
  return null;
}

/**
 * Files under `folder` as Jekyll reads them: nothing whose name or folder starts with a dot.
 * Links are listed apart and never followed (readdir does not follow them either).
 */
function listSiteFiles(folder: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (path.relative(folder, file).split(path.sep).some((name) => name.startsWith("."))) continue;
    if (entry.isSymbolicLink()) links.push(file);
    else if (entry.isFile()) files.push(file);
  }
  return { files: files.sort(), links: links.sort() };
}

const byLine = (a: ConversionNote, b: ConversionNote) => a.line - b.line;

const LINKED_POST = "シンボリックリンクなので読みません（サイトの外のファイルを取り込まないため）";

/** A post's text, read through the same gate as every other file of the site. */
function readPost(folders: SiteFolders, file: string): string | { error: string } {
  const read = readSiteFile(folders.realRoot, path.relative(folders.siteRoot, file).split(path.sep));
  if ("bytes" in read) return read.bytes.toString("utf8");
  if ("kind" in read && read.kind === "symlink") return { error: LINKED_POST };
  return { error: "読めませんでした（読んでいる間に消えたか、サイトのフォルダの中のファイルでなくなりました）" };
}

const IMAGE_KINDS = "PNG、JPEG、GIF、WebP、AVIF";

function refusalMessage(refusal: Refusal): string {
  switch (refusal.kind) {
    case "outside":
      return ".. でサイトのフォルダの外を指しているのでコピーしません";
    case "odd-characters":
      return "パスに \\ や %2F、制御文字が入っているのでコピーしません";
    case "dotfile":
      return `ドットで始まる「${refusal.name}」は .env や .git のように設定や秘密を置く場所なのでコピーしません`;
    case "jekyll-only":
      return `_ で始まる「${refusal.name}」は _config.yml や _data、_posts のような Jekyll の設定や原稿で、Jekyll も公開しないものなのでコピーしません`;
    case "svg":
      return "SVG はスクリプトを含められ、このサイトから配信すると読者のブラウザで動くおそれがあるのでコピーしません。PNG などに書き出して差し替えてください";
    case "not-image":
      return `${refusal.extension || "拡張子のないファイル"} は画像ではないのでコピーしません（${IMAGE_KINDS} だけをコピーします）`;
    case "symlink":
      return `「${refusal.path}」はシンボリックリンクなので、たどらずコピーしません（サイトの外のファイルを公開しないため）`;
    case "not-file":
      return "ファイルではない（フォルダなど）のでコピーしません";
    case "not-image-content":
      return `拡張子は ${refusal.extension} ですが、中身が ${IMAGE_KINDS} の画像ではないのでコピーしません`;
  }
}

function writeRefusalMessage(refusal: WriteRefusal, target: string, root: string): string {
  return refusal.kind === "target-symlink"
    ? `書き込み先 ${target} はシンボリックリンクなので上書きしません`
    : `書き込み先 ${target} の実体が ${root} の外にあるので書き込みません`;
}


const LOCAL_IMAGE = /!\[[^\]]*\]\(\s*<?(\/[^\s)>]+)>?[^)]*\)|<img\s[^>]*?\bsrc\s*=\s*["'](\/[^"']+)["']/giu;

/** Local images of an imported file, each with the line of its first use in that file. */
function localImages(yaml: string, body: string, image: { url: string; line: number } | null): { url: string; line: number }[] {
  const bodyStartLine = yaml.split("\n").length + 3;
  const found = [...body.matchAll(LOCAL_IMAGE)].map((match) => ({
    url: match[1] ?? match[2] ?? "",
    line: bodyStartLine + (body.slice(0, match.index).match(/\n/gu)?.length ?? 0),
  }));
  if (image?.url.startsWith("/")) found.push(image);
  const byUrl = new Map<string, number>();
  for (const { url, line } of found) {
    if (url.length === 0 || url.startsWith("//")) continue;
    const bare = url.replace(/[?#].*$/u, "");
    if (!byUrl.has(bare)) byUrl.set(bare, line);
  }
  return [...byUrl].map(([url, line]) => ({ url, line }));
}

export function importJekyll(options: ImportOptions): ImportReport {
  const cwd = options.cwd ?? process.cwd();
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join("/") || ".";
  const folders = findFolders(options.source);
  if (!folders) return { ok: false, message: `${options.source} に _posts フォルダが見つかりません（Jekyll のサイトか、その _posts を指定してください）` };
  if ("linked" in folders) return { ok: false, message: `${shown(folders.linked)} はシンボリックリンクなので、たどりません（サイトの外を読まないため）` };
  const articlesFolder = path.join(options.contentRoot, "articles");

  // Slugs already in use, by the file that uses them, so an import never makes two pages one.
  const existing = new Map<string, string>();
  for (const file of listContentFiles(articlesFolder)) existing.set(slugFromFileName(file), path.resolve(file));
  for (const source of loadForCheck(options.contentRoot, cwd).sources) existing.set(source.slug, path.resolve(cwd, source.sourcePath));

  const categoriesFile = readCategoriesFile(options.contentRoot);
  if (!categoriesFile.ok) return { ok: false, message: `${shown(path.join(options.contentRoot, CATEGORIES_FILE))}: ${categoriesFile.message}` };
  const categoryMap = new Map([...(options.categoryMap ?? new Map<string, string>())].map(([from, to]) => [termKey(from), to]));
  const siteConfig = readSiteConfig(folders.realRoot);

  const { files, links } = listSiteFiles(folders.posts);
  const parsed = [
    ...files.map((file) => {
      if (!MARKDOWN.test(file)) return { file, post: null };
      const text = readPost(folders, file);
      return { file, post: typeof text === "string" ? parsePost(file, text) : text };
    }),
    ...links.map((file) => ({ file, post: { error: LINKED_POST } })),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const described = new Map(
    parsed.flatMap(({ file, post }) => (post && !("error" in post) ? [[file, describePost(post, folders.posts, siteConfig.timeZone)] as const] : [])),
  );
  const site = siteScope(siteConfig, [...described.values()], options.now ?? new Date());
  const oldSiteUrl = typeof siteConfig.config.url === "string" ? siteConfig.config.url.trim().replace(/\/+$/u, "") : "";
  const liquid = createJekyllLiquid(siteConfig.timeZone);
  const siteLinks = createSiteLinks({
    realRoot: folders.realRoot,
    posts: [...described.values()].map((post) => ({ relativePath: post.relativePath, slug: post.post.slug })),
    oldSiteUrl,
    baseurl: baseUrlPrefix(siteConfig.config.baseurl),
    permalinkTemplate: permalinkTemplate(siteConfig.config.permalink),
    timeZone: siteConfig.timeZone,
  });
  const knownCategories = new Set(categoriesFile.names.map(termKey));
  const addedCategories: string[] = [];

  const posts: PostReport[] = [];
  const images: ImageReport[] = [];
  const claimed = new Set<string>();
  const handledImages = new Set<string>();
  const refusedImages = new Map<string, string>();

  /** Copies one image the site holds into public/, or says why not; null when public/ already serves it. */
  const copyImage = (url: string): { status: "copied" | "overwritten" | "exists" | "missing" } | { status: "refused"; reason: string } | null => {
    const source = readSiteImage(folders.realRoot, url);
    if ("kind" in source) return { status: "refused", reason: refusalMessage(source) };
    const to = path.join(options.publicDir, ...source.segments);
    if ("missing" in source) return occupied(to) ? null : { status: "missing" };
    const there = occupied(to);
    if (there && !options.force) return { status: "exists" };
    const written = writeInside(options.publicDir, source.segments, source.bytes);
    if ("kind" in written) return { status: "refused", reason: writeRefusalMessage(written, shown(to), shown(options.publicDir)) };
    return { status: there ? "overwritten" : "copied" };
  };
  for (const { file, post } of parsed) {
    const skip = (reason: string, failed = true) => posts.push({ source: shown(file), destination: null, status: "skipped", reason, failed, changed: [], unconverted: [] });
    if (post === null) {
      skip(`${path.extname(file)} の記事は取り込めません（Markdown の記事だけを取り込みます）`);
      continue;
    }
    if ("error" in post) {
      skip(post.error);
      continue;
    }
    const relative = path.relative(folders.posts, file).replace(/\.markdown$/iu, ".md");
    const destination = path.join(articlesFolder, relative);
    const owner = existing.get(post.slug);
    if (claimed.has(post.slug) || (owner !== undefined && owner !== path.resolve(destination))) {
      skip(`スラッグ「${post.slug}」は ${owner ? shown(owner) : "先に取り込んだ記事"} と同じになるので取り込みませんでした（フロントマターに slug を書いてください）`);
      continue;
    }
    const exists = occupied(destination);
    if (exists && !options.force) {
      skip(`${shown(destination)} がもうあります（上書きするなら --force を付けてください）`, false);
      continue;
    }

    const jekyllPost = described.get(file);
    if (!jekyllPost) continue;
    const old = oldAddresses(jekyllPost, siteConfig);
    const frontMatter = convertFrontMatter(post, { time: jekyllPost.time, redirectFrom: old.addresses, categoryMap });
    if (old.unknownPlaceholders.length > 0) {
      frontMatter.unconverted.push({
        line: post.keyLines.get("permalink") ?? 1,
        message: `パーマリンクの ${old.unknownPlaceholders.join(" ")} は Jekyll にない値なので、旧アドレスにそのまま残りました（redirect_from を確かめてください）`,
      });
    }
    const body = convertLiquid(post.body, { liquid, site, page: jekyllPost.page, links: siteLinks, bodyStartLine: post.bodyStartLine });
    const written = writeInside(articlesFolder, relative.split(path.sep), `---\n${frontMatter.yaml}\n---\n${body.body}`);
    if ("kind" in written) {
      skip(writeRefusalMessage(written, shown(destination), shown(articlesFolder)));
      continue;
    }
    claimed.add(post.slug);
    for (const { name, line } of frontMatter.categories) {
      if (knownCategories.has(termKey(name))) continue;
      knownCategories.add(termKey(name));
      addedCategories.push(name);
      frontMatter.changed.push({ line, message: `カテゴリ「${name}」を content/${CATEGORIES_FILE} に加えました。説明と並び順を確かめてください` });
    }
    posts.push({
      source: shown(file),
      destination: shown(destination),
      status: exists ? "overwritten" : "imported",
      failed: false,
      changed: [...frontMatter.changed, ...body.changed].sort(byLine),
      unconverted: [...frontMatter.unconverted, ...body.unconverted].sort(byLine),
    });

    for (const { url, line } of localImages(frontMatter.yaml, body.body, frontMatter.image)) {
      const usedBy = shown(destination);
      // A refused reference stays in the post as written instead of being removed: check:content
      // then fails the build on it as a missing image, so no reader meets a broken image, and no
      // figure quietly vanishes from a text that may still point at it; the editor decides what
      // replaces it. Every post that uses it hears why, since each needs the edit.
      const refused = refusedImages.get(url);
      if (refused !== undefined) {
        images.push({ path: url, usedBy, line, status: "refused", reason: refused });
        continue;
      }
      if (handledImages.has(url)) continue;
      handledImages.add(url);
      const outcome = copyImage(url);
      if (outcome?.status === "refused") refusedImages.set(url, outcome.reason);
      if (outcome) images.push({ path: url, usedBy, line, ...outcome });
    }
  }

  const notes: string[] = [...siteConfig.notes];
  if (addedCategories.length > 0) {
    const written = writeCategoriesFile(options.contentRoot, withCategoriesAdded(categoriesFile.text, addedCategories));
    const target = shown(path.join(options.contentRoot, CATEGORIES_FILE));
    notes.push(
      "refused" in written
        ? `${target} に書き込めませんでした（シンボリックリンクか、content の外にあります）。カテゴリ ${addedCategories.join("、")} を手で加えてください`
        : `${target} にカテゴリ ${addedCategories.join("、")} を加えました。説明と並び順を確かめてください`,
    );
  }
  const drafts = path.join(folders.siteRoot, "_drafts");
  if (occupied(drafts) && fs.lstatSync(drafts).isDirectory()) {
    notes.push(`_drafts の ${listSiteFiles(drafts).files.length} 件は取り込んでいません（公開するものは日付を付けて _posts に移してから取り込んでください）`);
  }
  return { ok: true, posts, images, notes };
}

/** The report as lines for the terminal, Japanese for editors. */
export function formatImportReport(report: ImportReport): string[] {
  if (!report.ok) return [report.message];
  const imported = report.posts.filter((post) => post.status !== "skipped");
  const skipped = report.posts.filter((post) => post.status === "skipped");
  const lines: string[] = [];
  for (const post of imported) {
    lines.push(`${post.status === "overwritten" ? "上書き" : "取り込み"}: ${post.source} → ${post.destination}`);
    for (const note of post.changed) lines.push(`  変更 ${post.source}:${note.line}: ${note.message}`);
    for (const note of post.unconverted) lines.push(`  要確認 ${post.source}:${note.line}: ${note.message}`);
  }
  for (const post of skipped) lines.push(`スキップ: ${post.source}: ${post.reason}`);
  const imageWords: Record<Exclude<ImageReport["status"], "refused">, string> = {
    copied: "をコピーしました",
    overwritten: "を上書きでコピーしました",
    exists: "はもう public にあるのでコピーしませんでした（上書きするなら --force）",
    missing: "が Jekyll のサイトにも public にも見つかりません（要確認）",
  };
  for (const image of report.images) {
    lines.push(
      image.status === "refused"
        ? `画像: ${image.path} はコピーしませんでした（${image.usedBy}:${image.line}）: ${image.reason}`
        : `画像: ${image.path} ${imageWords[image.status]}（${image.usedBy}）`,
    );
  }
  const refused = report.images.filter((image) => image.status === "refused").length;
  if (refused > 0) {
    lines.push(
      "コピーしなかった画像の参照は記事にそのまま残しています。public/ にないものは npm run check:content とビルドがエラー（missing-image）にするので、PNG などの画像を用意するか参照を消してください",
    );
  }
  lines.push(...report.notes);
  const needsCheck = report.posts.reduce((count, post) => count + post.unconverted.length, 0) + refused;
  lines.push(
    "",
    `取り込み ${imported.length} 件・スキップ ${skipped.length} 件・要確認 ${needsCheck} 件`,
    "取り込んだ記事は npm run check:content で確かめてから公開してください",
  );
  return lines;
}
