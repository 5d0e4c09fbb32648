import { getTerm, getTerms } from "@/lib/content";
import { renderRss, xmlResponse } from "@/lib/feeds";
import { site } from "@/lib/site";
import { termFeedPath, type TaxonomyKind } from "@/lib/urls";

const LABELS: Record<TaxonomyKind, (name: string) => string> = {
  tags: (name) => `タグ「${name}」`,
  categories: (name) => `カテゴリー「${name}」`,
  authors: (name) => `${name} の記事`,
};

function isKind(value: string): value is TaxonomyKind {
  return Object.hasOwn(LABELS, value);
}

export const dynamicParams = false;

export function generateStaticParams() {
  // A term that moves to an address of its own (a category given a slug, an author given a
  // profile) keeps its feed at the name's address too: feed readers subscribed there.
  return (Object.keys(LABELS) as TaxonomyKind[]).flatMap((kind) =>
    getTerms(kind).flatMap((term) => [...new Set([term.segment, term.name])].map((name) => ({ kind, name }))),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; name: string }> }) {
  const { kind, name } = await params;
  const term = isKind(kind) ? getTerm(kind, name) : undefined;
  if (!term || !isKind(kind)) return new Response("見つかりません", { status: 404 });
  const label = LABELS[kind](term.name);
  const info = {
    title: `${label} | ${site.name}`,
    description: `${site.name}の${label}の新着記事`,
    pagePath: term.path,
    feedPath: termFeedPath(kind, term.segment),
  };
  return xmlResponse(renderRss(info, term.articles), "rss");
}
