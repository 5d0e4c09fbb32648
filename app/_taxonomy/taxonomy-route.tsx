// Tags, categories and authors share one route implementation; each route file only names its kind.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getAuthorProfile, getTerm, getTerms } from "@/lib/content";
import { paginate } from "@/lib/pagination";
import { site } from "@/lib/site";
import { profilePageJsonLd } from "@/lib/structured-data";
import {
  parseTermSegments,
  segmentCandidates,
  taxonomyIndexPath,
  termFeedPath,
  termPath,
  type TaxonomyKind,
} from "@/lib/urls";
import { JsonLd } from "@/components/article/JsonLd";
import { ArticleListing } from "@/components/listing/ArticleListing";
import { AuthorIntro } from "@/components/listing/AuthorIntro";
import { TermIndex } from "@/components/listing/TermIndex";

interface TermRouteProps {
  params: Promise<{ segments: string[] }>;
}

interface KindLabels {
  index: string;
  indexDescription: string;
  /** Shown before each name on the index (# for tags). */
  prefix: string;
  heading: (name: string) => string;
  description: (name: string) => string;
}

const LABELS: Record<TaxonomyKind, KindLabels> = {
  tags: {
    index: "タグ一覧",
    indexDescription: "記事に付いているタグの一覧です。",
    prefix: "#",
    heading: (name) => `#${name} の記事`,
    description: (name) => `タグ「${name}」が付いた記事の一覧です。`,
  },
  categories: {
    index: "カテゴリー一覧",
    indexDescription: "記事のカテゴリー一覧です。",
    prefix: "",
    heading: (name) => `${name} の記事`,
    description: (name) => `カテゴリー「${name}」の記事の一覧です。`,
  },
  authors: {
    index: "著者一覧",
    indexDescription: "記事を執筆している著者の一覧です。",
    prefix: "",
    heading: (name) => `${name} の記事`,
    description: (name) => `${name} が執筆した記事の一覧です。`,
  },
};

function resolve(kind: TaxonomyKind, segments: readonly string[]) {
  const parsed = parseTermSegments(segments);
  if (!parsed) return null;
  const term = getTerm(kind, parsed.name);
  if (!term) return null;
  // An author with a profile is addressed by its id, a category with a slug by the slug: their
  // name, as any other spelling, is sent there.
  const spelledAsShown = segmentCandidates(parsed.name).some((name) => name.normalize("NFC") === term.segment);
  return { term, page: parsed.page, isCanonical: spelledAsShown && !parsed.explicitFirstPage };
}

export function taxonomyRoute(kind: TaxonomyKind) {
  function generateStaticParams(): { segments: string[] }[] {
    // Each term's first page is written at build; its later pages on their first request.
    return getTerms(kind).map((term) => ({ segments: [term.segment] }));
  }

  async function generateMetadata({ params }: TermRouteProps): Promise<Metadata> {
    const found = resolve(kind, (await params).segments);
    if (!found) return {};
    const { term, page } = found;
    const suffix = page > 1 ? `（${page}ページ目）` : "";
    return {
      title: `${LABELS[kind].heading(term.name)}${suffix}`,
      description: getAuthorProfile(term)?.bio[0] ?? term.description ?? LABELS[kind].description(term.name),
      alternates: {
        canonical: termPath(kind, term.segment, page),
        types: { "application/rss+xml": [{ url: termFeedPath(kind, term.segment), title: LABELS[kind].heading(term.name) }] },
      },
    };
  }

  async function TermPage({ params }: TermRouteProps) {
    const { segments } = await params;
    const found = resolve(kind, segments);
    if (!found) notFound();
    const { term, page, isCanonical } = found;
    const listing = paginate(term.articles, page, site.pageSize);
    if (!listing) notFound();
    // Other spellings (ai, ＡＩ, a tag's alias, the name of a category with a slug or of an author
    // with a profile) lead to the one page readers and search engines should see.
    if (!isCanonical) permanentRedirect(termPath(kind, term.segment, page));
    // The profile introduces the author once, on the first page; later pages are for browsing.
    const profile = page === 1 ? getAuthorProfile(term) : undefined;
    return (
      <>
        {profile ? <JsonLd data={profilePageJsonLd(profile)} /> : null}
        <ArticleListing
          heading={LABELS[kind].heading(term.name)}
          description={term.description ?? LABELS[kind].description(term.name)}
          listing={listing}
          pathOf={(number) => termPath(kind, term.segment, number)}
          intro={profile ? <AuthorIntro profile={profile} /> : null}
        />
      </>
    );
  }

  return { generateStaticParams, generateMetadata, TermPage };
}

/** `/tags`, `/categories`, `/authors`: every name with its article count. */
export function taxonomyIndex(kind: TaxonomyKind) {
  const labels = LABELS[kind];
  const metadata: Metadata = {
    title: labels.index,
    description: labels.indexDescription,
    alternates: { canonical: taxonomyIndexPath(kind) },
  };
  function IndexPage() {
    return <TermIndex heading={labels.index} terms={getTerms(kind)} prefix={labels.prefix} />;
  }
  return { metadata, IndexPage };
}
