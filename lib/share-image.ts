// The image an article is shared with (og:image, twitter:image, JSON-LD `image`).

/** The card drawn for an article (app/articles/[slug]/opengraph-image.tsx), by the article's path. */
export function generatedCardPath(articlePath: string): string {
  return `${articlePath}/opengraph-image`;
}
