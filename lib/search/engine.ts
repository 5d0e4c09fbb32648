// An in-memory search over article documents: bigram postings narrow, exact matching decides.
import { pageCount, paginate } from "../pagination";
import type { SearchDocument } from "./documents";
import { matchPositions, normalizeForSearch } from "./normalize";
import { parseQuery } from "./query";

const FIELD_WEIGHTS = { title: 10, tags: 8, headings: 5, excerpt: 3, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
  snippet: SnippetPart[];
}

export interface SearchResults {
  query: string;
  terms: string[];
  /** Terms past the limit, not searched (see `parseQuery`). */
  ignoredTerms: string[];
  total: number;
  page: number;
  totalPages: number;
  hits: SearchHit[];
}

/** Text normalised code point by code point, remembering where each unit came from. */
interface MappedText {
  text: string;
  /** Index in the original string of each UTF-16 unit of `text`. */
  origin: number[];
}

const ASCII_SPACE = /[\t\n\v\f\r]/;

/**
 * One code point in searchable form. Kana, kanji and ASCII, nearly all of a Japanese article,
 * take a fast path (NFKC leaves them as they are): normalising every character through
 * String#normalize made indexing 10,000 articles take 20 s on the first search.
 */
export function normalizeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
    return ASCII_SPACE.test(char) ? " " : char;
  }
  if ((code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x4e00 && code <= 0x9fff)) {
    return char;
  }
  return char.normalize("NFKC").toLowerCase().replace(/\s/gu, " ");
}

/** The searchable form of a text: each code point normalised on its own, as `normalizeWithOrigin`. */
function normalizeText(original: string): string {
  let text = "";
  for (const char of original) text += normalizeChar(char);
  return text;
}

/**
 * The normalised text up to `limit` units, with where each unit came from. Built only for the
 * hits shown, and only as far as their snippet reaches: kept for every body, one number per
 * character made 10,000 articles take gigabytes.
 */
function normalizeWithOrigin(original: string, limit = Number.POSITIVE_INFINITY): MappedText {
  let text = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    if (text.length >= limit) break;
    const normalized = normalizeChar(char);
    text += normalized;
    for (let i = 0; i < normalized.length; i++) origin.push(index);
    index += char.length;
  }
  return { text, origin };
}

interface IndexedDocument {
  document: SearchDocument;
  fields: Record<Field, string>;
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;

function snippetFrom(source: string, mapped: MappedText, terms: readonly string[]): SnippetPart[] | null {
  const hits = terms
    .flatMap((term) => matchPositions(mapped.text, term).map((start) => ({ start, end: start + term.length })))
    .map(({ start, end }) => ({
      start: mapped.origin[start] ?? 0,
      end: (mapped.origin[end - 1] ?? source.length - 1) + 1,
    }))
    .sort((a, b) => a.start - b.start);
  const first = hits[0];
  if (!first) return null;
  const windowStart = Math.max(0, first.start - SNIPPET_BEFORE);
  const windowEnd = Math.min(source.length, windowStart + SNIPPET_LENGTH);
  const parts: SnippetPart[] = [];
  let cursor = windowStart;
  for (const hit of hits) {
    if (hit.start < cursor || hit.start >= windowEnd) continue;
    if (hit.start > cursor) parts.push({ text: source.slice(cursor, hit.start), match: false });
    const end = Math.min(hit.end, windowEnd);
    parts.push({ text: source.slice(hit.start, end), match: true });
    cursor = end;
  }
  if (cursor < windowEnd) parts.push({ text: source.slice(cursor, windowEnd), match: false });
  if (windowStart > 0) parts.unshift({ text: "…", match: false });
  if (windowEnd < source.length) parts.push({ text: "…", match: false });
  return parts;
}

/** The snippet of `source` (whose searchable form is `normalized`) around the first match. */
function snippetAround(source: string, normalized: string, terms: readonly string[]): SnippetPart[] | null {
  const firsts = terms.flatMap((term) => matchPositions(normalized, term, 1));
  if (firsts.length === 0) return null;
  // Far enough past the first match for every match the window can show, even where
  // normalising made the text longer.
  const reach = Math.min(...firsts) + 4 * SNIPPET_LENGTH + Math.max(...terms.map((term) => term.length));
  return snippetFrom(source, normalizeWithOrigin(source, reach), terms);
}

/**
 * Calls `visit(first, second)` for each character bigram of `line` (code points; a one-character
 * line visits (-1, itself)). Pairs of small integers rather than two-character strings: indexing
 * 10,000 articles made millions of strings, and collecting them was most of the indexing time.
 */
function forEachGram(line: string, visit: (first: number, second: number) => void): void {
  let previous = -1;
  let count = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    if (previous >= 0) visit(previous, code);
    previous = code;
    count++;
  }
  if (count === 1) visit(-1, previous);
}

export class SearchIndex {
  private readonly documents: IndexedDocument[];
  /** First code point → second → the documents containing the pair, ascending. */
  private readonly postings = new Map<number, Map<number, Uint32Array>>();

  constructor(documents: readonly SearchDocument[]) {
    this.documents = documents.map((document) => ({
      document,
      fields: {
        title: normalizeForSearch(document.title),
        tags: document.tags.map((tag) => normalizeForSearch(tag.name)).join("\n"),
        headings: document.headings.map(normalizeForSearch).join("\n"),
        excerpt: normalizeText(document.excerpt),
        body: normalizeText(document.body),
      },
    }));
    const lists = new Map<number, Map<number, number[]>>();
    this.documents.forEach((indexed, docIndex) => {
      const add = (first: number, second: number) => {
        let row = lists.get(first);
        if (!row) lists.set(first, (row = new Map()));
        const list = row.get(second);
        // Documents are visited in order, so a repeat in this document is the last entry.
        if (!list) row.set(second, [docIndex]);
        else if (list[list.length - 1] !== docIndex) list.push(docIndex);
      };
      for (const field of FIELDS) for (const line of indexed.fields[field].split("\n")) forEachGram(line, add);
    });
    for (const [first, row] of lists) {
      const typed = new Map<number, Uint32Array>();
      for (const [second, list] of row) typed.set(second, Uint32Array.from(list));
      this.postings.set(first, typed);
    }
  }

  get size(): number {
    return this.documents.length;
  }

  /** Documents that contain every bigram of the term (a superset of the real matches). */
  private candidates(term: string): Set<number> {
    // A one-character query has no bigram: every document is a candidate, matching decides.
    if (Array.from(term).length === 1) return new Set(this.documents.keys());
    const lists: Uint32Array[] = [];
    forEachGram(term, (first, second) => lists.push(this.postings.get(first)?.get(second) ?? new Uint32Array()));
    if (lists.length === 0) return new Set();
    lists.sort((a, b) => a.length - b.length);
    let result = new Set(lists[0]);
    for (const list of lists.slice(1)) {
      const next = new Set(list);
      result = new Set([...result].filter((docIndex) => next.has(docIndex)));
      if (result.size === 0) break;
    }
    return result;
  }

  /** The weight of the best field the term is in, plus a little for how often the body repeats it. */
  private scoreTerm(indexed: IndexedDocument, term: string): number {
    const best = FIELDS.find((field) => matchPositions(indexed.fields[field], term, 1).length > 0);
    if (!best) return 0;
    const bodyCount = matchPositions(indexed.fields.body, term, 10).length;
    return FIELD_WEIGHTS[best] + bodyCount * 0.1;
  }

  /** Every term must match. A page past the last one has no hits but keeps the total. */
  search(query: string, page = 1, pageSize = 10): SearchResults {
    const parsed = parseQuery(query);
    const terms = parsed.status === "terms" ? parsed.terms : [];
    const ignoredTerms = parsed.status === "terms" ? parsed.ignoredTerms : [];
    const empty = { query, terms, ignoredTerms, total: 0, page: 1, totalPages: 1, hits: [] };
    if (terms.length === 0) return empty;

    let pool: Set<number> | undefined;
    for (const term of terms) {
      const found: Set<number> = this.candidates(term);
      const previous: Set<number> | undefined = pool;
      pool = previous === undefined ? found : new Set([...previous].filter((docIndex) => found.has(docIndex)));
      if (pool.size === 0) break;
    }

    const ranked: { indexed: IndexedDocument; score: number }[] = [];
    for (const docIndex of pool ?? []) {
      const indexed = this.documents[docIndex];
      if (!indexed) continue;
      let score = 0;
      let everyTerm = true;
      for (const term of terms) {
        const termScore = this.scoreTerm(indexed, term);
        if (termScore === 0) {
          everyTerm = false;
          break;
        }
        score += termScore;
      }
      if (everyTerm) ranked.push({ indexed, score });
    }
    ranked.sort((a, b) => b.score - a.score || b.indexed.document.date.localeCompare(a.indexed.document.date));

    if (ranked.length === 0) return empty;
    const totalPages = pageCount(ranked.length, pageSize);
    // Snippets only for the page shown: building them is the costly part.
    const hits = (paginate(ranked, page, pageSize)?.items ?? []).map(({ indexed, score }) => ({
      document: indexed.document,
      score,
      snippet: snippetAround(indexed.document.body, indexed.fields.body, terms) ??
        snippetAround(indexed.document.excerpt, indexed.fields.excerpt, terms) ?? [{ text: indexed.document.excerpt, match: false }],
    }));
    return { query, terms, ignoredTerms, total: ranked.length, page, totalPages, hits };
  }
}
