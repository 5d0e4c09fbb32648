// Shapes the importer's modules share.

export interface ConversionNote {
  /** Line of the post file (front matter counted). */
  line: number;
  message: string;
}

export type NoteKind = "changed" | "unconverted";

/** Where a Jekyll link tag points now, and what the report says about it. */
export interface LinkTarget {
  href: string;
  kind: NoteKind;
  /** Follows the tag as written: `{% post_url x %}` + ` を /articles/x にしました`. */
  message: string;
}

/** What the Liquid tags need from the site being imported. */
export interface JekyllSiteLinks {
  /** `{% post_url 2025-10-08-hello %}` */
  postUrl(name: string): LinkTarget;
  /** `{% link _posts/2025-10-08-hello.md %}`, `{% link about.md %}` */
  link(sitePath: string): LinkTarget;
  /** The text of `_includes/<name>`, or why it is not read. */
  include(name: string): { text: string } | { refused: string };
}
