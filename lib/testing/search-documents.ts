// Search documents built in memory for unit tests of the index and the query.
import type { SearchDocument } from "../search/documents";
import { articlePath } from "../urls";

/** A document titled `記事 <slug>`, dated 2025-10-01, with no terms and an empty body; `fields` replace any default. */
export function searchDocument(slug: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    slug,
    path: articlePath(slug),
    title: `記事 ${slug}`,
    excerpt: "",
    date: "2025-10-01T00:00:00.000Z",
    category: null,
    image: null,
    tags: [],
    headings: [],
    body: "",
    ...fields,
  };
}
