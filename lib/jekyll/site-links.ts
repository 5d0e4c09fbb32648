// Where Jekyll's link tags point once the posts are imported: an imported post's new path, or, for
// what is not a post, the old site's address (the imported site does not have those pages).
import path from "node:path";
import { slugFromFileName } from "../content/slugs";
import { articlePath } from "../urls";
import { parseJekyllDate, inZone } from "./jekyll-dates";
import { jekyllPostUrl } from "./permalink";
import { occupied, readSiteFile } from "./site-files";
import type { JekyllSiteLinks, LinkTarget } from "./types";

export interface LinkablePost {
  /** `_posts/2025/2025-10-08-hello.md` */
  relativePath: string;
  /** The imported article's slug. */
  slug: string;
}

export interface SiteLinksSettings {
  realRoot: string;
  posts: readonly LinkablePost[];
  /** `url` of _config.yml without a trailing slash, or "" when it has none. */
  oldSiteUrl: string;
  /** "" or "/blog". */
  baseurl: string;
  permalinkTemplate: string;
  timeZone: string;
}

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif)$/iu;
const PAGE = /\.(?:md|markdown|html?)$/iu;
const ODD = /[\\\u0000-\u001f\u007f]/u;

/** `a/b.md` → ["a", "b.md"], or null for a path that climbs out or hides (`..`, `.env`). */
function safeSegments(written: string): string[] | null {
  const segments = written.replace(/^\/+/u, "").split("/");
  if (segments.some((name) => name === "" || name.startsWith(".") || ODD.test(name))) return null;
  return segments;
}

const withoutExtension = (name: string) => name.replace(/\.[^./]+$/u, "").normalize("NFC");

type IncludeResult = ReturnType<JekyllSiteLinks["include"]>;

export function createSiteLinks(settings: SiteLinksSettings): JekyllSiteLinks {
  const byPath = new Map(settings.posts.map((post) => [withoutExtension(post.relativePath.replace(/^_posts\//u, "")), post]));
  const byName = new Map(settings.posts.map((post) => [withoutExtension(path.posix.basename(post.relativePath)), post]));
  const includes = new Map<string, IncludeResult>();
  const oldSite = (sitePath: string) => `${settings.oldSiteUrl}${settings.baseurl}${encodeURI(sitePath)}`;

  /** A post that is not among the imported ones: its old address if the site's url is known. */
  const missingPost = (name: string): LinkTarget => {
    const match = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/u.exec(path.posix.basename(name));
    const time = match ? parseJekyllDate(match[1], settings.timeZone) : null;
    if (match && time && settings.oldSiteUrl !== "") {
      const { url } = jekyllPostUrl(settings.permalinkTemplate, { time: inZone(time, settings.timeZone), slug: match[2] ?? "", baseName: path.posix.basename(name), categories: [] });
      const href = oldSite(url);
      return { href, kind: "unconverted", message: `のリンク先は取り込む記事の中にないので、旧サイトの ${href} にしました（カテゴリのあるパーマリンクなら違うアドレスです。確かめてください）` };
    }
    const guess = articlePath(slugFromFileName(`${path.posix.basename(name)}.md`));
    return { href: guess, kind: "unconverted", message: `のリンク先は取り込む記事の中にありません（${guess} にしました。記事があるか確かめてください）` };
  };

  const postLink = (written: string): LinkTarget => {
    const key = withoutExtension(written.replace(/^\/+/u, "").replace(/^_posts\//u, ""));
    const post = byPath.get(key) ?? byName.get(path.posix.basename(key));
    if (!post) return missingPost(key);
    const href = articlePath(post.slug);
    return { href, kind: "changed", message: `を ${href} にしました` };
  };

  return {
    postUrl: postLink,
    link(written) {
      if (/^\/?_posts\//u.test(written)) return postLink(written);
      const segments = safeSegments(written);
      if (segments === null) return { href: "", kind: "unconverted", message: "のパスはサイトの外か隠しファイルを指しているので外しました" };
      const sitePath = `/${segments.join("/")}`;
      if (!occupied(path.join(settings.realRoot, ...segments))) {
        return { href: sitePath, kind: "unconverted", message: `の ${sitePath} は Jekyll のサイトにありません（${sitePath} のままにしました。リンク先を確かめてください）` };
      }
      if (IMAGE.test(sitePath)) return { href: sitePath, kind: "changed", message: `を ${sitePath} にしました` };
      // A page's address by the site's permalink style: `/about/` when posts end in `/`, else `/about.html`.
      const pretty = settings.permalinkTemplate.endsWith("/");
      const pageUrl = PAGE.test(sitePath)
        ? sitePath.replace(/(?:^|\/)index\.[^./]+$/u, "/").replace(PAGE, pretty ? "/" : ".html")
        : sitePath;
      if (settings.oldSiteUrl === "") {
        return { href: `${settings.baseurl}${pageUrl}`, kind: "unconverted", message: `は記事ではなく、_config.yml に url がないので ${settings.baseurl}${pageUrl} にしました（このサイトにないページです。リンク先を確かめてください）` };
      }
      const href = oldSite(pageUrl);
      return { href, kind: "changed", message: `は記事ではないので、旧サイトの ${href} にしました` };
    },
    include(name) {
      // Most posts include the same few files: each is read once per import.
      const known = includes.get(name);
      if (known) return known;
      const found = readInclude(name);
      includes.set(name, found);
      return found;
    },
  };

  function readInclude(name: string): IncludeResult {
    const segments = safeSegments(name);
    if (segments === null) return { refused: `_includes/${name} は _includes の外か隠しファイルを指しています` };
    const read = readSiteFile(settings.realRoot, ["_includes", ...segments]);
    if ("bytes" in read) return { text: read.bytes.toString("utf8").replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n") };
    if ("missing" in read) return { refused: `_includes/${name} がありません` };
    if (read.kind === "symlink") return { refused: `_includes/${name} はシンボリックリンクなので読みません` };
    return { refused: `_includes/${name} はファイルではありません` };
  }
}
