import Image from "next/image";
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
      {profile.portrait ? (
        // The name stands beside it, so the picture adds nothing a screen reader should say twice.
        <Image
          src={profile.portrait}
          alt=""
          width={80}
          height={80}
          unoptimized={/\.svg(?:[?#]|$)/i.test(profile.portrait)}
          className="size-16 shrink-0 rounded-full bg-slate-200 object-cover sm:size-20 dark:bg-slate-800"
        />
      ) : null}
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
