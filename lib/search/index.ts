// The site's search index: documents extracted at build time, loaded once per server process.
import fs from "node:fs";
import path from "node:path";
import { getConfig } from "../config";
import { getArticles } from "../content";
import { processWide } from "../process-store";
import { parsePageNumber } from "../urls";
import { toSearchDocument, type SearchDocument } from "./documents";
import { SearchIndex } from "./engine";

export type { SearchHit, SearchResults, SnippetPart } from "./engine";
export { ignoredTermsNotice, parseQuery, tooLongMessage } from "./query";

const FILE_NAME = "search-documents.json";

interface DocumentsFile {
  buildId: string;
  documents: SearchDocument[];
}

function distDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), getConfig().distDir);
}

function currentBuildId(): string | null {
  try {
    return fs.readFileSync(path.join(distDir(), "BUILD_ID"), "utf8").trim();
  } catch {
    return null;
  }
}

/** Written after `next build`, so search lists exactly the articles that build published. */
export function writeSearchDocuments(): { file: string; count: number } {
  const buildId = currentBuildId();
  if (!buildId) throw new Error(`${distDir()}/BUILD_ID がありません。先に next build を実行してください`);
  const documents = getArticles().map(toSearchDocument);
  const file = path.join(distDir(), FILE_NAME);
  const payload: DocumentsFile = { buildId, documents };
  fs.writeFileSync(file, JSON.stringify(payload));
  return { file, count: documents.length };
}

function readSearchDocuments(): SearchDocument[] | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(distDir(), FILE_NAME), "utf8")) as DocumentsFile;
    return parsed.buildId === currentBuildId() && Array.isArray(parsed.documents) ? parsed.documents : null;
  } catch {
    return null;
  }
}

const PROCESS_INDEX = Symbol.for("tech-career-media.search-index");

export function getSearchIndex(): SearchIndex {
  // `next dev` indexes the content as it is now, so an editor's change is searchable on reload.
  if (getConfig().isDevelopment) return new SearchIndex(getArticles().map(toSearchDocument));
  // Without a file from this build (a bare `next build`), index the content as this process sees it.
  // One for the search page and the search API: at 10,000 articles each took 11 s and 90 MB.
  return processWide(PROCESS_INDEX, () => new SearchIndex(readSearchDocuments() ?? getArticles().map(toSearchDocument)));
}

/** `?page=` as a page number: absent → 1, else as every page number is read (parsePageNumber). */
export function parseSearchPage(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return 1;
  return parsePageNumber(value);
}
