import { getImageProps } from "next/image";
import Link from "next/link";
import type { AuthorProfile } from "@/lib/content";

const LINK_LABELS = { x: "X（旧Twitter）", site: "Webサイト" } as const;

/**
 * An author's portrait, name, role, bio and links: under an article (`linkName`: the name leads
 * to the author's page) and at the top of that page.
 */
export function AuthorCard({ profile, linkName = false }: { profile: AuthorProfile; linkName?: boolean }) {
  const links = (["x", "site"] as const).flatMap((kind) => {
    const href = profile.links[kind];
    return href ? [{ kind, href }] : [];
  });
  return (
    <div className="flex items-start gap-4">
      {profile.portrait ? <Portrait src={profile.portrait} /> : null}
      <div className="min-w-0">
        <p className="text-lg font-bold leading-snug">
          {linkName ? (
            <Link href={profile.path} className="link-hover">
              {profile.name}
            </Link>
          ) : (
            profile.name
          )}
        </p>
        {profile.role ? <p className="muted text-sm">{profile.role}</p> : null}
        {profile.bio.map((paragraph, index) => (
          <p key={index} className="mt-2 text-sm leading-relaxed text-slate-800 dark:text-slate-200">
            {paragraph}
          </p>
        ))}
        {links.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2">
            {links.map((link) => (
              <li key={link.kind}>
                <a href={link.href} className="pill-button" target="_blank" rel="noopener noreferrer">
                  {/* Said before the label, so the link is not confused with the site's own X account. */}
                  <span className="sr-only">{profile.name} の</span>
                  {LINK_LABELS[link.kind]}
                  <span className="sr-only">（新しいタブで開きます）</span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/**
 * getImageProps rather than <Image>: the same srcset on a server-rendered <img>. <Image> is a
 * client component, and importing it put next/image's code (about 5 KB compressed) into every
 * article page's scripts, with or without an author box.
 */
function Portrait({ src }: { src: string }) {
  const { props } = getImageProps({ src, alt: "", width: 80, height: 80, unoptimized: /\.svg(?:[?#]|$)/i.test(src) });
  // The name stands beside it, so the picture adds nothing a screen reader should say twice.
  return (
    <img
      {...props}
      alt=""
      className="size-16 shrink-0 rounded-full bg-slate-200 object-cover sm:size-20 dark:bg-slate-800"
    />
  );
}
