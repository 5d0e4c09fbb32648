// `next dev` only: a broken article gets a page that shows its problems instead of a 404, so
// the editor who saved it sees what to fix where they were looking. A build fails instead.
import fs from "node:fs";
import path from "node:path";
import { splitFrontMatter } from "./front-matter";
import type { LoadedContent } from "./load";
import type { ContentProblem } from "./problems";
import { slugFromFileName } from "./slugs";

/** The slug a broken file's page would have: its `slug` if that much can be read, else its name. */
function slugOfBrokenFile(sourcePath: string): string {
  // The loader could not make an article of it, so only the front matter's `slug` is read again.
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), sourcePath);
  const split = fs.existsSync(absolute) ? splitFrontMatter(fs.readFileSync(absolute, "utf8")) : null;
  const written = split?.ok ? split.file.data.slug : undefined;
  return typeof written === "string" && written.trim().length > 0 ? written.normalize("NFC").trim() : slugFromFileName(sourcePath);
}

/** The problems of each broken article under `articlesFolder`, by the slug its page would have. */
export function problemsBySlug(loaded: LoadedContent, articlesFolder: string): Map<string, ContentProblem[]> {
  const slugOfSource = new Map(loaded.sources.map((source) => [source.sourcePath, source.slug]));
  const bySlug = new Map<string, ContentProblem[]>();
  for (const problem of loaded.problems) {
    if (!path.resolve(/*turbopackIgnore: true*/ process.cwd(), problem.file).startsWith(articlesFolder + path.sep)) continue;
    const slug = slugOfSource.get(problem.file) ?? slugOfBrokenFile(problem.file);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), problem]);
  }
  return bySlug;
}
