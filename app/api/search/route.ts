import { NextResponse, type NextRequest } from "next/server";
import { getSearchIndex, ignoredTermsNotice, parseQuery, parseSearchPage, tooLongMessage } from "@/lib/search";
import { absoluteUrl } from "@/lib/urls";

// Answers per request: results depend on the query string.
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q") ?? "";
  const page = parseSearchPage(request.nextUrl.searchParams.get("page"));
  if (page === null) {
    return NextResponse.json({ error: "page は 1 以上の整数で指定してください" }, { status: 400 });
  }
  const parsed = parseQuery(query);
  if (parsed.status === "too-long") return NextResponse.json({ error: tooLongMessage(parsed.characters) }, { status: 400 });
  const results = parsed.status === "terms" ? getSearchIndex().search(query, page) : null;
  const ignoredTerms = results?.ignoredTerms ?? [];
  return NextResponse.json(
    {
      query,
      terms: results?.terms ?? [],
      ignoredTerms,
      notice: ignoredTerms.length > 0 ? ignoredTermsNotice(ignoredTerms) : null,
      total: results?.total ?? 0,
      page,
      totalPages: results?.totalPages ?? 1,
      results: (results?.hits ?? []).map(({ document, score, snippet }) => ({
        title: document.title,
        url: absoluteUrl(document.path),
        path: document.path,
        excerpt: document.excerpt,
        date: document.date,
        category: document.category?.name ?? null,
        tags: document.tags.map((tag) => tag.name),
        score: Math.round(score * 100) / 100,
        snippet,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
