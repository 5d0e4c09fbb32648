// Validates every content file (drafts and scheduled posts too) without building the site.
import { getConfig } from "../config";
import type { BodyCheckCache, BodyToCheck } from "./problem-cache";
import { loadContent, type ArticleSource, type LoadedContent } from "./load";
import { checkBody } from "./mdx-check";
import { sortProblems, type ContentProblem } from "./problems";

/** Every file, drafts and posts scheduled for any date included. */
export function loadForCheck(root: string, cwd = process.cwd(), imageHosts: readonly string[] = getConfig().imageHosts): LoadedContent {
  return loadContent({ root, includeDrafts: true, now: new Date(8.64e15), cwd, imageHosts });
}

/** Checks bodies, one result per body in the same order: in this thread, or spread over others. */
export type BodyChecker = (bodies: readonly BodyToCheck[]) => Promise<ContentProblem[][]>;

const checkHere: BodyChecker = (bodies) => Promise.all(bodies.map((body) => checkBody(body)));

/** Compiles article bodies the way the renderer will, skipping those `cache` has results for. */
export async function bodyProblems(
  sources: readonly ArticleSource[],
  cache?: BodyCheckCache,
  checker: BodyChecker = checkHere,
): Promise<ContentProblem[]> {
  const bodies: BodyToCheck[] = sources.map((source) => ({
    file: source.sourcePath,
    body: source.file.body,
    bodyStartLine: source.file.bodyStartLine,
    format: source.format,
  }));
  const known = bodies.map((body) => cache?.get(body));
  const unknown = bodies.filter((_, index) => known[index] === undefined);
  const found = await checker(unknown);
  unknown.forEach((body, index) => cache?.set(body, found[index] ?? []));
  return [...known.filter((problems) => problems !== undefined), ...found].flat();
}

export async function checkContent(root: string, cwd = process.cwd()): Promise<{ files: number; problems: ContentProblem[] }> {
  const loaded = loadForCheck(root, cwd);
  return {
    files: loaded.fileCount,
    problems: sortProblems([...loaded.problems, ...(await bodyProblems(loaded.sources))]),
  };
}
