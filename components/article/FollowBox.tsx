import { site } from "@/lib/site";
import { feedPath } from "@/lib/urls";

/** After the article: the site's own channels. Accounts the operator has not set are left out. */
export function FollowBox() {
  const links = [
    site.follow.x ? { href: site.follow.x, label: "X（旧Twitter）", external: true } : null,
    site.follow.line ? { href: site.follow.line, label: "LINE", external: true } : null,
    { href: feedPath("rss"), label: "RSS", external: false },
  ].filter((link) => link !== null);
  return (
    <section aria-labelledby="follow-heading" className="mt-10 rounded-xl bg-slate-50 p-5 text-center dark:bg-slate-900">
      <h2 id="follow-heading" className="font-bold leading-relaxed">
        この記事が気に入ったら
        <br />
        フォローしてね！
      </h2>
      <ul className="mt-4 flex flex-wrap justify-center gap-3">
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={link.href}
              className="pill-button"
              {...(link.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
            >
              {link.label}
              {link.external ? <span className="sr-only">（新しいタブで開きます）</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
