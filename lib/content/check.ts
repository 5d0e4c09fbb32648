// Validates every content file (drafts and scheduled posts too) without building the site.
import { loadContent } from "./load";
import { checkBody } from "./mdx-check";
import { sortProblems, type ContentProblem } from "./problems";

export async function checkContent(root: string, cwd = process.cwd()): Promise<{ files: number; problems: ContentProblem[] }> {
  const loaded = loadContent({ root, includeDrafts: true, now: new Date(8.64e15), cwd });
  const bodyProblems = await Promise.all(
    loaded.sources.map((source) =>
      checkBody({
        file: source.sourcePath,
        body: source.file.body,
        bodyStartLine: source.file.bodyStartLine,
        format: source.format,
      }),
    ),
  );
  return {
    files: loaded.fileCount,
    problems: sortProblems([...loaded.problems, ...bodyProblems.flat()]),
  };
}
