// A reader's query as terms, within the bounds that keep one search cheap, and what the reader is
// told past them. The page and the API both read these, so they answer alike.
import { foldKey } from "../text-fold";

/** Characters (code points) of a query, leading and trailing spaces aside. */
export const MAX_QUERY_CHARACTERS = 100;
/** Distinct terms searched together: every one is checked against every candidate article. */
export const MAX_QUERY_TERMS = 8;

export type ParsedQuery =
  | { status: "empty" }
  /** Refused rather than cut: a cut query would search a fragment the reader never typed. */
  | { status: "too-long"; characters: number }
  /** Terms past the limit are dropped whole and named, so the reader knows what was searched. */
  | { status: "terms"; terms: string[]; ignoredTerms: string[] };

export function parseQuery(query: string): ParsedQuery {
  const trimmed = query.trim();
  let characters = 0;
  for (const _ of trimmed) characters++;
  if (characters > MAX_QUERY_CHARACTERS) return { status: "too-long", characters };
  const terms = [...new Set(foldKey(trimmed).split(" ").filter((term) => term.length > 0))];
  if (terms.length === 0) return { status: "empty" };
  return { status: "terms", terms: terms.slice(0, MAX_QUERY_TERMS), ignoredTerms: terms.slice(MAX_QUERY_TERMS) };
}

export function tooLongMessage(characters: number): string {
  return `検索語は${MAX_QUERY_CHARACTERS}文字までです（入力は${characters}文字）。短くしてもう一度検索してください。`;
}

export function ignoredTermsNotice(ignoredTerms: readonly string[]): string {
  const named = ignoredTerms.map((term) => `「${term}」`).join("");
  return `検索語は${MAX_QUERY_TERMS}語までです。最初の${MAX_QUERY_TERMS}語で検索しました（${named}は含めていません）。`;
}
