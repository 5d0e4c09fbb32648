// Reads every content file once, validates it against its schema and turns it into app types.
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { endOfJstDay } from "../dates";
import { isAllowedImageHost, remoteImageHost } from "../image-hosts";
import { localImageExists, localImageSize } from "../local-image";
import { articlePath, type TaxonomyKind } from "../urls";
import { frontMatterImage, imageLine } from "./article-image";
import { authorRef, authorTerms, indexProfiles, toAuthorProfile, type ProfileEntry } from "./authors";
import { deriveExcerpt } from "./excerpt";
import { oldPathKey } from "./old-paths";
import { splitFrontMatter, type SplitFile } from "./front-matter";
import type { ContentProblem } from "./problems";
import { readingMinutes } from "./reading-time";
import {
  articleFrontMatterSchema,
  authorFrontMatterSchema,
  jobFrontMatterSchema,
  type ArticleFrontMatter,
  type JobFrontMatter,
} from "./schema";
import { slugFromFileName, slugProblem, termKey } from "./slugs";
import { buildTerms, canonicalNames, makeTermRef, type TermEntry } from "./taxonomy";
import { categoryDirectory, readTaxonomy, tagDirectory, type Taxonomy, type TermDirectory } from "./taxonomy-files";
import type { Article, ArticleImage, AuthorProfile, BodyFormat, Job, Term } from "./types";

export interface LoadOptions {
  /** Folder holding `articles/`, `jobs/` and `authors/`. */
  root: string;
  /** Drafts are shown in `next dev` only. */
  includeDrafts: boolean;
  /** Articles dated after this are not published yet; jobs expired before it are closed. */
  now: Date;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Hosts remote article images may come from (IMAGE_HOSTS); any other is an error. */
  imageHosts: readonly string[];
  /** Where local images are read for their size; `public` below `cwd` unless given. */
  publicDir?: string;
}

export interface LoadedContent {
  /** Published articles, newest first. */
  articles: Article[];
  /** Every job, open or not, newest first. */
  jobs: Job[];
  tags: Term[];
  categories: Term[];
  authors: Term[];
  /** The editors' categories.yml and tags.yml. */
  taxonomy: Taxonomy;
  /** Old addresses (`redirect_from`, compared by oldPathKey) of published articles → the article's path. */
  redirects: Map<string, string>;
  /** Author profiles, by id. */
  profiles: AuthorProfile[];
  /** Every name, alias and id a profile answers to (termKey) → the profile. */
  profilesByKey: ReadonlyMap<string, AuthorProfile>;
  /** Every file that parsed, drafts and scheduled ones included (for checks across files). */
  sources: ArticleSource[];
  /** How many content files were read. */
  fileCount: number;
  problems: ContentProblem[];
}

export interface ArticleSource {
  sourcePath: string;
  format: BodyFormat;
  slug: string;
  frontMatter: ArticleFrontMatter;
  file: SplitFile;
}

const CONTENT_FILE = /\.(md|mdx)$/i;

/** The folders of content files below the content root. */
export const CONTENT_FOLDERS = ["articles", "jobs", "authors"] as const;

export function listContentFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CONTENT_FILE.test(entry.name) && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function toSourcePath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}

function formatOf(file: string): BodyFormat {
  return file.toLowerCase().endsWith(".mdx") ? "mdx" : "md";
}

/** Reads and splits one file, then validates its front matter; problems go to `problems`. */
function parseFile<S extends z.ZodType>(
  absolutePath: string,
  sourcePath: string,
  schema: S,
  problems: ContentProblem[],
): { file: SplitFile; data: z.output<S> } | null {
  const split = splitFrontMatter(fs.readFileSync(absolutePath, "utf8"));
  if (!split.ok) {
    problems.push({ file: sourcePath, line: split.line, message: split.message });
    return null;
  }
  const result = schema.safeParse(split.file.data);
  if (!result.success) {
    const keyLine = (key: string | undefined) => (key ? split.file.keyLines.get(key) : undefined);
    for (const issue of result.error.issues) {
      // A map's unknown keys come as one issue; each is reported at its own line.
      const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const issuePath of paths) {
        const topKey = issuePath[0] === undefined ? undefined : String(issuePath[0]);
        problems.push({
          file: sourcePath,
          line: keyLine(issuePath.slice(0, 2).map(String).join(".")) ?? keyLine(topKey) ?? 1,
          field: issuePath.map(String).join(".") || undefined,
          message: issue.message,
        });
      }
    }
    return null;
  }
  return { file: split.file, data: result.data };
}

function byNewest<T>(dateOf: (item: T) => Date, idOf: (item: T) => string) {
  return (a: T, b: T) => dateOf(b).getTime() - dateOf(a).getTime() || idOf(a).localeCompare(idOf(b));
}

function reportDuplicates(
  items: readonly { id: string; sourcePath: string; line?: number }[],
  field: string,
  label: string,
  problems: ContentProblem[],
): void {
  const byId = new Map<string, string[]>();
  for (const item of items) byId.set(item.id, [...(byId.get(item.id) ?? []), item.sourcePath]);
  for (const item of items) {
    const others = (byId.get(item.id) ?? []).filter((p) => p !== item.sourcePath);
    if (others.length > 0) {
      problems.push({
        file: item.sourcePath,
        line: item.line,
        field,
        message: `${label} "${item.id}" が ${others.join(", ")} と重複しています`,
      });
    }
  }
}

/** Why an image cannot be loaded from where it is (a host the site may not load from), or null. */
function disallowedHostMessage(src: string, imageHosts: readonly string[]): string | null {
  const host = remoteImageHost(src);
  if (host === null || isAllowedImageHost(host, imageHosts)) return null;
  return `画像のホスト ${host} は許可されていません。public/ に画像を置くか、サイトの設定 IMAGE_HOSTS に ${host} を加えてください`;
}

/** An image on a host the site may not load from: the problem that says which, or null. */
function imageHostProblem(sourcePath: string, data: ArticleFrontMatter, file: SplitFile, imageHosts: readonly string[]): ContentProblem | null {
  const image = frontMatterImage(data);
  const message = image ? disallowedHostMessage(image.src, imageHosts) : null;
  if (!image || message === null) return null;
  return { file: sourcePath, line: imageLine(image, file.keyLines), field: image.field, message };
}

function loadArticleSources(files: readonly string[], cwd: string, imageHosts: readonly string[], problems: ContentProblem[]): ArticleSource[] {
  const sources: ArticleSource[] = [];
  for (const absolutePath of files) {
    const sourcePath = toSourcePath(cwd, absolutePath);
    const parsed = parseFile(absolutePath, sourcePath, articleFrontMatterSchema, problems);
    if (!parsed) continue;
    const hostProblem = imageHostProblem(sourcePath, parsed.data, parsed.file, imageHosts);
    if (hostProblem) {
      problems.push(hostProblem);
      continue;
    }
    const slug = parsed.data.slug ?? slugFromFileName(absolutePath);
    const problem = parsed.data.slug ? null : slugProblem(slug);
    if (problem) {
      problems.push({ file: sourcePath, field: "slug", message: `ファイル名から作ったスラッグ${problem}。slug を指定してください` });
      continue;
    }
    sources.push({ sourcePath, format: formatOf(absolutePath), slug, frontMatter: parsed.data, file: parsed.file });
  }
  reportDuplicates(
    sources.map((s) => ({ id: s.slug, sourcePath: s.sourcePath, line: s.file.keyLines.get("slug") })),
    "slug",
    "スラッグ",
    problems,
  );
  return sources;
}

/**
 * Each old address leads to one article: a second claim (drafts included, so publishing one
 * later cannot take another's address) is a problem on the line of its `redirect_from`.
 */
function oldAddresses(sources: readonly ArticleSource[], published: ReadonlySet<ArticleSource>, problems: ContentProblem[]): Map<string, string> {
  const claimedBy = new Map<string, ArticleSource>();
  const redirects = new Map<string, string>();
  for (const source of sources) {
    for (const written of source.frontMatter.redirect_from) {
      const key = oldPathKey(written);
      const first = claimedBy.get(key);
      if (first && first !== source) {
        problems.push({
          file: source.sourcePath,
          line: source.file.keyLines.get("redirect_from"),
          field: "redirect_from",
          message: `旧 URL「${written}」は ${first.sourcePath} も使っています。どちらか一方にしてください`,
        });
        continue;
      }
      claimedBy.set(key, source);
      if (published.has(source)) redirects.set(key, articlePath(source.slug));
    }
  }
  return redirects;
}

export function isPublished(source: ArticleSource, options: Pick<LoadOptions, "includeDrafts" | "now">): boolean {
  const { draft, date } = source.frontMatter;
  if (draft && !options.includeDrafts) return false;
  return date !== null && date.getTime() <= options.now.getTime();
}

function toArticleImage(fm: ArticleFrontMatter, publicDir: string): ArticleImage | null {
  const image = frontMatterImage(fm);
  if (!image) return null;
  const size = localImageSize(image.src, publicDir);
  return { src: image.src, alt: image.alt, caption: image.caption, width: size?.width ?? null, height: size?.height ?? null };
}

interface Directories {
  categories: TermDirectory<TermEntry>;
  tags: TermDirectory<TermEntry>;
}

function toArticles(
  sources: readonly ArticleSource[],
  publicDir: string,
  directories: Directories,
  profiles: ReadonlyMap<string, AuthorProfile>,
): Article[] {
  const newestFirst = [...sources].sort(
    byNewest((s) => s.frontMatter.date ?? new Date(0), (s) => s.slug),
  );
  const categoryNames = (fm: ArticleFrontMatter) => [
    ...(fm.category ? [fm.category] : []),
    ...fm.categories,
  ];
  const canonicalTags = canonicalNames(newestFirst.flatMap((s) => s.frontMatter.tags));
  const canonicalCategories = canonicalNames(newestFirst.flatMap((s) => categoryNames(s.frontMatter)));
  const canonicalAuthors = canonicalNames(newestFirst.flatMap((s) => (s.frontMatter.author ? [s.frontMatter.author] : [])));

  return newestFirst.map(({ frontMatter: fm, file, slug, sourcePath, format }) => {
    // Spellings an editors' list declares one term (an alias, a name in another width) count once.
    const uniqueRefs = (names: string[], kind: "tags" | "categories", canonical: Map<string, string>) => {
      const seen = new Set<string>();
      return names
        .map((name) => makeTermRef(kind, name, { canonical, entry: directories[kind].entryOf(name) }))
        .filter((ref) => {
          if (seen.has(ref.key)) return false;
          seen.add(ref.key);
          return true;
        });
    };
    const categories = uniqueRefs(categoryNames(fm), "categories", canonicalCategories);
    return {
      slug,
      path: articlePath(slug),
      sourcePath,
      format,
      title: fm.title,
      date: fm.date ?? new Date(0),
      updated: fm.updated,
      category: categories[0] ?? null,
      categories,
      tags: uniqueRefs(fm.tags, "tags", canonicalTags),
      author: fm.author ? authorRef(fm.author, profiles, canonicalAuthors) : null,
      excerpt: fm.excerpt ?? fm.description ?? fm.summary ?? deriveExcerpt(file.body, fm.title),
      readingMinutes: fm.reading_time ?? readingMinutes(file.body),
      draft: fm.draft,
      featured: fm.featured,
      image: toArticleImage(fm, publicDir),
      body: file.body,
      bodyStartLine: file.bodyStartLine,
    };
  });
}

function toJob(id: string, sourcePath: string, fm: JobFrontMatter, body: string, now: Date, tags: TermDirectory<TermEntry>): Job {
  const posted = fm.posted ?? new Date(0);
  return {
    id,
    sourcePath,
    title: fm.title,
    company: fm.company,
    location: fm.location,
    employment: fm.employment,
    salary: fm.salary,
    tags: fm.tags,
    // Its own spelling (the job filter offers it) and, for an alias in tags.yml, the tag it names:
    // articles are filed under that.
    tagKeys: new Set(fm.tags.flatMap((tag) => [termKey(tag), tags.entryOf(tag)?.key ?? termKey(tag)])),
    category: fm.category,
    categoryKey: fm.category ? termKey(fm.category) : null,
    url: fm.url,
    posted,
    expires: fm.expires,
    isOpen: fm.expires === null || now.getTime() <= endOfJstDay(fm.expires).getTime(),
    body,
  };
}

function loadJobs(files: readonly string[], cwd: string, now: Date, tags: TermDirectory<TermEntry>, problems: ContentProblem[]): Job[] {
  const jobs: Job[] = [];
  for (const absolutePath of files) {
    const sourcePath = toSourcePath(cwd, absolutePath);
    const parsed = parseFile(absolutePath, sourcePath, jobFrontMatterSchema, problems);
    if (!parsed) continue;
    const id = slugFromFileName(absolutePath);
    const problem = slugProblem(id);
    if (problem) {
      problems.push({ file: sourcePath, message: `ファイル名から作った求人 ID ${problem}` });
      continue;
    }
    const { posted, expires } = parsed.data;
    if (posted && expires && expires.getTime() < posted.getTime()) {
      problems.push({
        file: sourcePath,
        line: parsed.file.keyLines.get("expires"),
        field: "expires",
        message: "掲載終了日が掲載開始日（posted）より前です",
      });
      continue;
    }
    jobs.push(toJob(id, sourcePath, parsed.data, parsed.file.body, now, tags));
  }
  reportDuplicates(jobs.map((j) => ({ id: j.id, sourcePath: j.sourcePath })), "id", "求人 ID", problems);
  return jobs.sort(byNewest((j) => j.posted, (j) => j.id));
}

/** Why a portrait cannot be shown (a host the site may not load from, no such file), or null. */
function portraitProblem(src: string, imageHosts: readonly string[], publicDir: string): string | null {
  const hostMessage = disallowedHostMessage(src, imageHosts);
  if (hostMessage !== null) return hostMessage;
  if (remoteImageHost(src) === null && !localImageExists(src, publicDir)) {
    return `画像「${src}」がありません。public${src} に置くか、パスを直してください`;
  }
  return null;
}

function loadProfiles(
  files: readonly string[],
  cwd: string,
  publicDir: string,
  imageHosts: readonly string[],
  problems: ContentProblem[],
): ProfileEntry[] {
  const entries: ProfileEntry[] = [];
  for (const absolutePath of files) {
    const sourcePath = toSourcePath(cwd, absolutePath);
    const parsed = parseFile(absolutePath, sourcePath, authorFrontMatterSchema, problems);
    if (!parsed) continue;
    const id = slugFromFileName(absolutePath);
    const problem = slugProblem(id);
    if (problem) {
      problems.push({ file: sourcePath, message: `ファイル名から作った著者 ID ${problem}` });
      continue;
    }
    const { portrait } = parsed.data;
    const portraitMessage = portrait === null ? null : portraitProblem(portrait, imageHosts, publicDir);
    if (portraitMessage !== null) {
      problems.push({ file: sourcePath, line: parsed.file.keyLines.get("portrait"), field: "portrait", message: portraitMessage });
    }
    entries.push({
      profile: toAuthorProfile(id, sourcePath, parsed.data, parsed.file.body, portraitMessage === null ? portrait : null),
      aliases: parsed.data.aliases,
      keyLines: parsed.file.keyLines,
    });
  }
  return entries.sort((a, b) => a.profile.id.localeCompare(b.profile.id));
}

export function loadContent(options: LoadOptions): LoadedContent {
  const cwd = options.cwd ?? process.cwd();
  const problems: ContentProblem[] = [];
  const articleFiles = listContentFiles(path.join(options.root, "articles"));
  const jobFiles = listContentFiles(path.join(options.root, "jobs"));
  const authorFiles = listContentFiles(path.join(options.root, "authors"));
  const sources = loadArticleSources(articleFiles, cwd, options.imageHosts, problems);
  const publicDir = options.publicDir ?? path.join(cwd, "public");
  const taxonomy = readTaxonomy(options.root, cwd, problems);
  const directories = { categories: categoryDirectory(taxonomy.categories), tags: tagDirectory(taxonomy.tags) };
  const profileEntries = loadProfiles(authorFiles, cwd, publicDir, options.imageHosts, problems);
  const profiles = profileEntries.map((entry) => entry.profile);
  const profilesByKey = indexProfiles(profileEntries, problems);
  const publishedSources = sources.filter((source) => isPublished(source, options));
  const articles = toArticles(publishedSources, publicDir, directories, profilesByKey);
  const redirects = oldAddresses(sources, new Set(publishedSources), problems);
  const jobs = loadJobs(jobFiles, cwd, options.now, directories.tags, problems);
  const describe = (entries: readonly { key: string; description: string | null }[]) => {
    const byKey = new Map(entries.map((entry) => [entry.key, entry.description]));
    return (key: string) => byKey.get(key) ?? null;
  };
  return {
    articles,
    jobs,
    tags: buildTerms("tags", articles, (a) => a.tags, describe(taxonomy.tags.entries)),
    categories: buildTerms("categories", articles, (a) => a.categories, describe(taxonomy.categories.entries)),
    authors: authorTerms(articles, profiles),
    taxonomy,
    redirects,
    profiles,
    profilesByKey,
    sources,
    fileCount: articleFiles.length + jobFiles.length + authorFiles.length,
    problems,
  };
}
