// JSON-LD for articles, authors and breadcrumbs, serialised so content can never close the <script>.
import type { Article, AuthorProfile } from "./content/types";
import { toJstIsoString } from "./dates";
import { site } from "./site";
import { absoluteUrl } from "./urls";

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbsFor(article: Article): Crumb[] {
  return [
    { name: "ホーム", path: "/" },
    ...(article.category ? [{ name: article.category.name, path: article.category.path }] : []),
    { name: article.title, path: article.path },
  ];
}

export function breadcrumbListJsonLd(crumbs: readonly Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** An author with a profile: their page, where else they are (`sameAs`), their role and portrait. */
export function personJsonLd(profile: AuthorProfile) {
  return {
    "@type": "Person",
    name: profile.name,
    url: absoluteUrl(profile.path),
    ...(profile.sameAs.length > 0 ? { sameAs: profile.sameAs } : {}),
    ...(profile.role ? { jobTitle: profile.role } : {}),
    ...(profile.portrait ? { image: absoluteUrl(profile.portrait) } : {}),
  };
}

/** An author page with a profile: the page is about the person. */
export function profilePageJsonLd(profile: AuthorProfile) {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absoluteUrl(profile.path),
    mainEntity: { ...personJsonLd(profile), ...(profile.bio[0] ? { description: profile.bio[0] } : {}) },
    inLanguage: "ja",
  };
}

/**
 * `image`: the article's share image, a path on the site or an absolute URL (lib/share-image.ts).
 * `authorProfile`: the profile of the article's author, when there is one.
 */
export function newsArticleJsonLd(article: Article, image: string, authorProfile: AuthorProfile | null = null) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.excerpt,
    datePublished: toJstIsoString(article.date),
    dateModified: toJstIsoString(article.updated ?? article.date),
    author: authorProfile
      ? personJsonLd(authorProfile)
      : article.author
        ? { "@type": "Person", name: article.author.name, url: absoluteUrl(article.author.path) }
        : { "@type": "Organization", name: site.name },
    publisher: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    articleSection: article.category?.name,
    keywords: article.tags.map((tag) => tag.name).join(", "),
    image: [absoluteUrl(image)],
    mainEntityOfPage: absoluteUrl(article.path),
    inLanguage: "ja",
  };
}

/**
 * JSON for a <script type="application/ld+json"> body. `<`, `>`, `&` and the JS line separators
 * are escaped so a title containing `</script>` stays inside the JSON string.
 */
export function serializeJsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? "null")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
