// An in-memory search over article documents: bigram postings narrow, exact matching decides, and
// one-character terms are answered from a table of what each document holds of each character.
import { pageCount, paginate } from "../pagination";
import { foldKey, foldText, isFoldBoundary } from "../text-fold";
import type { SearchDocument } from "./documents";
import { isAsciiWordUnit, matchPositions } from "./match";
import { parseQuery } from "./query";

const FIELD_WEIGHTS = { title: 10, tags: 8, headings: 5, excerpt: 3, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
const WEIGHTS: readonly number[] = FIELDS.map((field) => FIELD_WEIGHTS[field]);
const BODY = FIELDS.indexOf("body");
/** Body matches past this many add nothing to the score. */
const BODY_COUNT_CAP = 10;

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

/** Text folded cluster by cluster (see `forEachChangedCluster`), remembering where each unit came from. */
interface MappedText {
  text: string;
  /** Index in the original string where the cluster each UTF-16 unit of `text` came from starts. */
  origin: number[];
  /** Index in the original string just past the cluster each unit of `text` came from. */
  originEnd: number[];
}

const ASCII_SPACE = /[\t\n\v\f\r]/;

/** A cluster in searchable form: folded, and each white space a space, where terms break. */
export function foldCluster(cluster: string): string {
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
    if (code < 0x80) return ASCII_SPACE.test(cluster) ? " " : cluster;
  }
  return foldText(cluster).replace(/\s/gu, " ");
}

/**
 * Code points that are their own searchable form and never fold into the character before them.
 * Kana, kanji and ASCII, nearly all of a Japanese article, are known so without asking
 * String#normalize: folding every character through it made indexing 10,000 articles take 20 s.
 */
function isOwnSearchForm(code: number): boolean {
  if (code < 0x80) return (code < 0x41 || code > 0x5a) && (code < 0x09 || code > 0x0d);
  return (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x4e00 && code <= 0x9fff);
}

/**
 * Calls `changed` for each cluster of `original` that folding changes, in order: where it starts
 * and ends, and its searchable form; `changed` returns false to stop. A cluster is a character and
 * the marks after it that fold into it (ﾃ + ﾞ → デ, か + U+3099 → が): folded apart, they would
 * not be what the query, folded whole, looks for.
 */
function forEachChangedCluster(original: string, changed: (start: number, end: number, folded: string) => boolean): void {
  const length = original.length;
  let previous = 0;
  for (let i = 0; i < length; ) {
    const code = original.codePointAt(i) ?? 0;
    if (isOwnSearchForm(code)) {
      previous = i++;
      continue;
    }
    // A mark that folds into the character before it: that character is its own searchable form,
    // or the loop below would have taken the mark into its cluster already.
    const start = i > 0 && !isFoldBoundary(code) ? previous : i;
    let end = i + (code > 0xffff ? 2 : 1);
    while (end < length) {
      const next = original.codePointAt(end) ?? 0;
      if (isOwnSearchForm(next) || isFoldBoundary(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    i = end;
    const cluster = original.slice(start, end);
    const folded = foldCluster(cluster);
    if (folded !== cluster && !changed(start, end, folded)) return;
  }
}

/**
 * The searchable form of a text, folded cluster by cluster as `foldWithOrigin` folds it:
 * once white space is collapsed, the text's `foldKey`. Unchanged runs are sliced, not appended
 * character by character: the thousands of pieces of such a string outlive many young-generation
 * collections, and copying them was most of the 30 s it took to index 10,000 articles.
 */
export function foldForIndex(original: string): string {
  const parts: string[] = [];
  let unchangedFrom = 0;
  forEachChangedCluster(original, (start, end, folded) => {
    parts.push(original.slice(unchangedFrom, start), folded);
    unchangedFrom = end;
    return true;
  });
  if (unchangedFrom === 0) return original;
  parts.push(original.slice(unchangedFrom));
  return parts.join("");
}

/**
 * The folded text up to `limit` units, with where each unit came from. Built only for the
 * hits shown, and only as far as their snippet reaches: kept for every body, one number per
 * character made 10,000 articles take gigabytes.
 */
function foldWithOrigin(original: string, limit = Number.POSITIVE_INFINITY): MappedText {
  let text = "";
  const origin: number[] = [];
  const originEnd: number[] = [];
  let copied = 0;
  const copyUntil = (end: number) => {
    for (; copied < end && text.length < limit; copied++) {
      text += original[copied];
      origin.push(copied);
      originEnd.push(copied + 1);
    }
  };
  forEachChangedCluster(original, (start, end, folded) => {
    copyUntil(start);
    if (text.length >= limit) return false;
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      origin.push(start);
      originEnd.push(end);
    }
    copied = end;
    return true;
  });
  copyUntil(original.length);
  return { text, origin, originEnd };
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
      end: mapped.originEnd[end - 1] ?? source.length,
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

/** The snippet of `source` (whose searchable form is `folded`) around the first match. */
function snippetAround(source: string, folded: string, terms: readonly string[]): SnippetPart[] | null {
  const firsts = terms.flatMap((term) => matchPositions(folded, term, 1));
  if (firsts.length === 0) return null;
  // Far enough past the first match for every match the window can show, even where
  // folding made the text longer.
  const reach = Math.min(...firsts) + 4 * SNIPPET_LENGTH + Math.max(...terms.map((term) => term.length));
  return snippetFrom(source, foldWithOrigin(source, reach), terms);
}

/**
 * What ranking needs of one term in one document, in a byte: the best field it is in, plus one
 * (0: not in the document), and how often the body has it, up to BODY_COUNT_CAP, above that.
 */
function termFacts(bestField: number, bodyCount: number): number {
  return bestField + 1 + (bodyCount << 3);
}

/** The weight of the best field the term is in, plus a little for how often the body repeats it. */
function termScore(facts: number): number {
  return (WEIGHTS[(facts & 7) - 1] ?? 0) + (facts >> 3) * 0.1;
}

/** The facts of a term of any length, by matching it in the document's text. */
function matchFacts(indexed: IndexedDocument, term: string): number {
  const best = FIELDS.findIndex((field) => matchPositions(indexed.fields[field], term, 1).length > 0);
  if (best === -1) return 0;
  return termFacts(best, matchPositions(indexed.fields.body, term, BODY_COUNT_CAP).length);
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** A growable list of small numbers that the garbage collector sees as one object. */
class NumberList {
  values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

function grown<T extends Uint8Array | Uint32Array>(array: T, size: number, make: (size: number) => T): T {
  if (size <= array.length) return array;
  const larger = make(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
}

/** Which documents have a key (a character or a bigram), ascending, and the term's facts in each. */
interface Posting {
  documents: Uint32Array;
  /** 0 where the key is there but not as a match of the term it spells (a Latin one mid-word). */
  facts: Uint8Array;
}

/**
 * Postings of one kind of key, collected document by document into flat typed arrays: collected
 * as arrays of numbers, they kept the garbage collector copying them from one collection to the next.
 */
class PostingsCollector {
  private seenIn = new Uint32Array(1024);
  private facts = new Uint8Array(1024);
  private documentCounts = new Uint32Array(1024);
  private readonly touched = new NumberList();
  private readonly entryKeys = new NumberList();
  private readonly entryFacts = new NumberList();
  private readonly documentEnds: Uint32Array;
  private stamp = 0;
  keyCount = 0;

  constructor(private readonly documentCount: number) {
    this.documentEnds = new Uint32Array(documentCount);
  }

  newKey(): number {
    const key = this.keyCount++;
    this.seenIn = grown(this.seenIn, this.keyCount, (size) => new Uint32Array(size));
    this.facts = grown(this.facts, this.keyCount, (size) => new Uint8Array(size));
    this.documentCounts = grown(this.documentCounts, this.keyCount, (size) => new Uint32Array(size));
    return key;
  }

  startDocument(document: number): void {
    this.stamp = document + 1;
  }

  /** The key is in the current document; `field` ≥ 0 when this occurrence is a match of its term. */
  see(key: number, field: number): void {
    if (this.seenIn[key] !== this.stamp) {
      this.seenIn[key] = this.stamp;
      this.facts[key] = 0;
      this.documentCounts[key] = (this.documentCounts[key] ?? 0) + 1;
      this.touched.push(key);
    }
    if (field < 0) return;
    let facts = this.facts[key] ?? 0;
    // Fields come in order of weight, so the first to have a match is the best.
    if (facts === 0) facts = termFacts(field, 0);
    if (field === BODY && facts >> 3 < BODY_COUNT_CAP) facts += 1 << 3;
    this.facts[key] = facts;
  }

  endDocument(document: number): void {
    for (let i = 0; i < this.touched.length; i++) {
      const key = this.touched.values[i] ?? 0;
      this.entryKeys.push(key);
      this.entryFacts.push(this.facts[key] ?? 0);
    }
    this.touched.length = 0;
    this.documentEnds[document] = this.entryKeys.length;
  }

  postings(): Posting[] {
    const postings: Posting[] = [];
    for (let key = 0; key < this.keyCount; key++) {
      const count = this.documentCounts[key] ?? 0;
      postings.push({ documents: new Uint32Array(count), facts: new Uint8Array(count) });
    }
    const filled = new Uint32Array(this.keyCount);
    let entry = 0;
    for (let document = 0; document < this.documentCount; document++) {
      for (const end = this.documentEnds[document] ?? 0; entry < end; entry++) {
        const key = this.entryKeys.values[entry] ?? 0;
        const posting = postings[key];
        const at = filled[key] ?? 0;
        if (!posting) continue;
        posting.documents[at] = document;
        posting.facts[at] = this.entryFacts.values[entry] ?? 0;
        filled[key] = at + 1;
      }
    }
    return postings;
  }
}

/** Where a one-character term matches. Frequent characters keep a byte per document instead of a list. */
interface CharacterPosting {
  count: number;
  /** Ascending; null when `facts` has one byte per document (0: not there). */
  documents: Uint32Array | null;
  facts: Uint8Array;
}

function compactCharacterPosting({ documents, facts }: Posting, documentCount: number): CharacterPosting {
  // Four bytes of document number and a byte of facts per entry, against one byte per document.
  if (documents.length * 5 <= documentCount) return { count: documents.length, documents, facts };
  const perDocument = new Uint8Array(documentCount);
  documents.forEach((document, at) => {
    perDocument[document] = facts[at] ?? 0;
  });
  return { count: documents.length, documents: null, facts: perDocument };
}

/** Bigram and character postings, built in one pass over the folded text of every document. */
class PostingsBuilder {
  private readonly gramKeys = new Map<number, Map<number, number>>();
  private readonly charKeys = new Map<number, number>();
  private readonly grams: PostingsCollector;
  private readonly chars: PostingsCollector;
  private documentIndex = -1;

  constructor(private readonly documentCount: number) {
    this.grams = new PostingsCollector(documentCount);
    this.chars = new PostingsCollector(documentCount);
  }

  add(indexed: IndexedDocument): void {
    const document = ++this.documentIndex;
    this.grams.startDocument(document);
    this.chars.startDocument(document);
    FIELDS.forEach((field, fieldIndex) => this.scanField(indexed.fields[field], fieldIndex));
    this.grams.endDocument(document);
    this.chars.endDocument(document);
  }

  /**
   * Every character and every pair of neighbouring characters (code points) of a field, leaving
   * out spaces and line breaks, which no term has. An occurrence counts as a match of the one- or
   * two-character term it spells where `matchPositions` would count it: a Latin letter or digit
   * only where it starts a word.
   */
  private scanField(text: string, field: number): void {
    let previous = -1;
    let previousCounts = false;
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i) ?? 0;
      if (code === SPACE || code === NEWLINE) {
        previous = -1;
        i++;
        continue;
      }
      if (previous >= 0) this.grams.see(this.gramKey(previous, code), previousCounts ? field : -1);
      const counts = !isAsciiWordUnit(code) || i === 0 || !isAsciiWordUnit(text.charCodeAt(i - 1));
      if (counts) this.chars.see(this.charKey(code), field);
      previous = code;
      previousCounts = counts;
      i += code > 0xffff ? 2 : 1;
    }
  }

  private gramKey(first: number, second: number): number {
    let row = this.gramKeys.get(first);
    if (!row) this.gramKeys.set(first, (row = new Map()));
    let key = row.get(second);
    if (key === undefined) row.set(second, (key = this.grams.newKey()));
    return key;
  }

  private charKey(code: number): number {
    let key = this.charKeys.get(code);
    if (key === undefined) this.charKeys.set(code, (key = this.chars.newKey()));
    return key;
  }

  /** First code point → second → where the pair is. */
  bigrams(): Map<number, Map<number, Posting>> {
    const postings = this.grams.postings();
    const byPair = new Map<number, Map<number, Posting>>();
    for (const [first, row] of this.gramKeys) {
      const typed = new Map<number, Posting>();
      for (const [second, key] of row) {
        const posting = postings[key];
        if (posting) typed.set(second, posting);
      }
      byPair.set(first, typed);
    }
    return byPair;
  }

  /** Code point → where it is a match of a one-character term. */
  characters(): Map<number, CharacterPosting> {
    const postings = this.chars.postings();
    const byCode = new Map<number, CharacterPosting>();
    for (const [code, key] of this.charKeys) {
      const posting = postings[key];
      if (posting) byCode.set(code, compactCharacterPosting(posting, this.documentCount));
    }
    return byCode;
  }
}

/** The documents a term can match, as the search walks them in ascending order. */
interface TermCandidates {
  term: string;
  size: number;
  /** Ascending; null for every document. */
  documents: Uint32Array | null;
  /** The term's facts per entry of `documents` (or per document), when known without matching. */
  facts: Uint8Array | null;
  /** Where the walk is in `documents`. */
  cursor: number;
}

/** Ascending document indexes in both lists. */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const result = new Uint32Array(Math.min(a.length, b.length));
  let size = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      result[size++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return result.subarray(0, size);
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

export class SearchIndex {
  private readonly documents: IndexedDocument[];
  /** First code point → second → the documents containing the pair, ascending. */
  private readonly postings: Map<number, Map<number, Posting>>;
  /** Code point → where it is a match for a one-character term: such terms have no bigram. */
  private readonly characters: Map<number, CharacterPosting>;
  /** Documents by date: equal dates share a rank, newer ranks higher. */
  private readonly dateRanks: Uint32Array;

  constructor(documents: readonly SearchDocument[]) {
    this.documents = documents.map((document) => ({
      document,
      fields: {
        title: foldKey(document.title),
        tags: document.tags.map((tag) => foldKey(tag.name)).join("\n"),
        headings: document.headings.map(foldKey).join("\n"),
        excerpt: foldForIndex(document.excerpt),
        body: foldForIndex(document.body),
      },
    }));
    const builder = new PostingsBuilder(this.documents.length);
    for (const indexed of this.documents) builder.add(indexed);
    this.postings = builder.bigrams();
    this.characters = builder.characters();
    this.dateRanks = this.rankDates();
  }

  /**
   * Ranks in the order String#localeCompare puts the dates, compared once here: comparing the
   * strings of every pair while sorting thousands of hits cost more than scoring them.
   */
  private rankDates(): Uint32Array {
    const compare = new Intl.Collator().compare; // what String#localeCompare uses
    const dates = this.documents.map((indexed) => indexed.document.date);
    const order = dates.map((_, index) => index).sort((a, b) => compare(dates[a]!, dates[b]!));
    const ranks = new Uint32Array(dates.length);
    let rank = 0;
    order.forEach((document, position) => {
      const previous = order[position - 1];
      if (previous !== undefined && compare(dates[previous]!, dates[document]!) !== 0) rank++;
      ranks[document] = rank;
    });
    return ranks;
  }

  get size(): number {
    return this.documents.length;
  }

  /** The documents a term can match: exactly for one character, else those with all its bigrams. */
  private candidates(term: string): TermCandidates {
    const all = { term, size: this.documents.length, documents: null, facts: null, cursor: 0 };
    const code = term.codePointAt(0) ?? 0;
    if (term.length === (code > 0xffff ? 2 : 1)) {
      // A lone surrogate can match half of a pair, which the table does not hold: match it.
      if (isLoneSurrogate(code)) return all;
      const posting = this.characters.get(code);
      if (!posting) return { ...all, size: 0, documents: new Uint32Array() };
      return { term, size: posting.count, documents: posting.documents, facts: posting.facts, cursor: 0 };
    }
    const pairs: (Posting | undefined)[] = [];
    let previous = -1;
    let surrogate = false;
    for (let i = 0; i < term.length; ) {
      const next = term.codePointAt(i) ?? 0;
      if (previous >= 0) pairs.push(this.postings.get(previous)?.get(next));
      surrogate ||= isLoneSurrogate(next);
      previous = next;
      i += next > 0xffff ? 2 : 1;
    }
    const [only] = pairs;
    // A two-character term is its one pair: where it matches and how well is in the posting.
    if (pairs.length === 1 && only && !surrogate) return { term, size: only.documents.length, documents: only.documents, facts: only.facts, cursor: 0 };
    const lists = pairs.map((posting) => posting?.documents ?? new Uint32Array());
    lists.sort((a, b) => a.length - b.length);
    let documents = lists[0] ?? new Uint32Array();
    for (const list of lists.slice(1)) {
      if (documents.length === 0) break;
      documents = intersect(documents, list);
    }
    return { term, size: documents.length, documents, facts: null, cursor: 0 };
  }

  /** The term's facts in `document` when the candidates know them; 0 when it cannot match; -1: match to know. */
  private static knownFacts(candidates: TermCandidates, document: number): number {
    const { documents, facts } = candidates;
    if (documents === null) return facts ? (facts[document] ?? 0) : -1;
    // Documents come in ascending order, so the cursor only moves forward.
    let cursor = candidates.cursor;
    while (cursor < documents.length && documents[cursor]! < document) cursor++;
    candidates.cursor = cursor;
    if (documents[cursor] !== document) return 0;
    return facts ? (facts[cursor] ?? 0) : -1;
  }

  /** Every term must match. A page past the last one has no hits but keeps the total. */
  search(query: string, page = 1, pageSize = 10): SearchResults {
    const parsed = parseQuery(query);
    const terms = parsed.status === "terms" ? parsed.terms : [];
    const ignoredTerms = parsed.status === "terms" ? parsed.ignoredTerms : [];
    const empty = { query, terms, ignoredTerms, total: 0, page: 1, totalPages: 1, hits: [] };
    if (terms.length === 0) return empty;

    const candidates = terms.map((term) => this.candidates(term));
    if (candidates.some((term) => term.size === 0)) return empty;
    // Walk the fewest candidates; the other terms are looked up as the walk goes.
    const listed = candidates.filter((term) => term.documents !== null).sort((a, b) => a.size - b.size)[0];
    const walk = listed?.documents ?? null;
    const walkLength = walk ? walk.length : this.documents.length;

    const matched: number[] = [];
    const scores: number[] = [];
    const facts = new Array<number>(terms.length).fill(0);
    for (let step = 0; step < walkLength; step++) {
      const docIndex = walk ? walk[step]! : step;
      // Lookups first, as they cost nothing; matching text only for documents still in.
      let known = true;
      for (let t = 0; t < candidates.length && known; t++) {
        facts[t] = SearchIndex.knownFacts(candidates[t]!, docIndex);
        known = facts[t] !== 0;
      }
      if (!known) continue;
      const indexed = this.documents[docIndex]!;
      for (let t = 0; t < terms.length && known; t++) {
        if (facts[t] === -1) facts[t] = matchFacts(indexed, terms[t]!);
        known = facts[t] !== 0;
      }
      if (!known) continue;
      // Summed in the order of the terms, so equal documents get equal scores to the last bit.
      let score = 0;
      for (const value of facts) score += termScore(value);
      matched.push(docIndex);
      scores.push(score);
    }

    if (matched.length === 0) return empty;
    const ranks = this.dateRanks;
    const order = matched.map((_, position) => position);
    // Best score first, then newest; documents stay in index order where both are equal.
    order.sort((a, b) => scores[b]! - scores[a]! || ranks[matched[b]!]! - ranks[matched[a]!]! || a - b);
    const totalPages = pageCount(order.length, pageSize);
    // Snippets only for the page shown: building them is the costly part.
    const hits = (paginate(order, page, pageSize)?.items ?? []).map((position) => {
      const indexed = this.documents[matched[position]!]!;
      return {
        document: indexed.document,
        score: scores[position]!,
        snippet: snippetAround(indexed.document.body, indexed.fields.body, terms) ??
          snippetAround(indexed.document.excerpt, indexed.fields.excerpt, terms) ?? [{ text: indexed.document.excerpt, match: false }],
      };
    });
    return { query, terms, ignoredTerms, total: order.length, page, totalPages, hits };
  }
}
