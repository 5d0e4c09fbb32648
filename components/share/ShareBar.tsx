import { shareTargets } from "@/lib/share";
import { ShareActions } from "./ShareActions";

export function ShareBar({ url, title, label }: { url: string; title: string; label: string }) {
  return (
    <nav aria-label={label} className="my-6 flex flex-wrap items-center gap-2">
      <ul className="flex flex-wrap items-center gap-2">
        {shareTargets(url, title).map((target) => (
          <li key={target.id}>
            <a
              href={target.href}
              target="_blank"
              rel="noopener noreferrer"
              data-share={target.id}
              className="pill-button"
            >
              {target.label}
              <span className="sr-only">で共有（新しいタブで開きます）</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <ShareActions url={url} title={title} />
      </div>
    </nav>
  );
}
