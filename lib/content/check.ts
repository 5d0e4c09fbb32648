// Validates every content file (drafts and scheduled posts too) without building the site.
import { getConfig } from "../config";
import type { BodyCheckCache, BodyToCheck } from "./body-check-cache";
import { loadContent, type ArticleSource, type LoadedContent } from "./load";
import { checkBody } from "./mdx-check";
import { sortProblems, type ContentProblem } from "./problems";

/** Every file, drafts and posts scheduled for any date included. */
export function loadForCheck(root: string, cwd = process.cwd(), imageHosts: readonly string[] = getConfig().imageHosts): LoadedContent {
  return loadContent({ root, includeDrafts: true, now: new Date(8.64e15), cwd, imageHosts });
}

/** Compiles article bodies the way the renderer will, skipping those `cache` has results for. */
export async function bodyProblems(sources: readonly ArticleSource[], cache?: BodyCheckCache): Promise<ContentProblem[]> {
  const problems = await Promise.all(
    sources.map(async (source) => {
      const body: BodyToCheck = {
        file: source.sourcePath,
        body: source.file.body,
        bodyStartLine: source.file.bodyStartLine,
        format: source.format,
      };
      const known = cache?.get(body);
      if (known) return known;
      const found = await checkBody(body);
      cache?.set(body, found);
      return found;
    }),
  );
  return problems.flat();
}

export async function checkContent(root: string, cwd = process.cwd()): Promise<{ files: number; problems: ContentProblem[] }> {
  const loaded = loadForCheck(root, cwd);
  return {
    files: loaded.fileCount,
    problems: sortProblems([...loaded.problems, ...(await bodyProblems(loaded.sources))]),
  };
}
