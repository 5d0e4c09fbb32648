// Validates every content file (drafts and scheduled posts too) without building the site.
import { getConfig } from "../config";
import { loadContent, type ArticleSource, type LoadedContent } from "./load";
import { checkBody } from "./mdx-check";
import { sortProblems, type ContentProblem } from "./problems";

/** Every file, drafts and posts scheduled for any date included. */
export function loadForCheck(root: string, cwd = process.cwd(), imageHosts: readonly string[] = getConfig().imageHosts): LoadedContent {
  return loadContent({ root, includeDrafts: true, now: new Date(8.64e15), cwd, imageHosts });
}

/** Compiles article bodies the way the renderer will; `sources` defaults to every article. */
export async function bodyProblems(sources: readonly ArticleSource[]): Promise<ContentProblem[]> {
  const problems = await Promise.all(
    sources.map((source) =>
      checkBody({
        file: source.sourcePath,
        body: source.file.body,
        bodyStartLine: source.file.bodyStartLine,
        format: source.format,
      }),
    ),
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
