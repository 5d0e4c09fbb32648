import { shareTargets } from "@/lib/share";
import { ShareActions } from "./ShareActions";
import { ShareIcon } from "./ShareIcon";

export function ShareBar({ url, title, label }: { url: string; title: string; label: string }) {
  return (
    // One row on a phone (icons; labels for screen readers), labelled pills from tablet width up.
    <nav aria-label={label} className="my-6 flex flex-nowrap items-center gap-2 sm:flex-wrap">
      <ul className="flex flex-nowrap items-center gap-2 sm:flex-wrap">
        {shareTargets(url, title).map((target) => (
          <li key={target.id}>
            <a
              href={target.href}
              target="_blank"
              rel="noopener noreferrer"
              data-share={target.id}
              className="pill-button share-button"
            >
              <ShareIcon name={target.id} />
              <span className="sr-only sm:not-sr-only">{target.label}</span>
              <span className="sr-only">で共有（新しいタブで開きます）</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-nowrap items-center gap-2 sm:flex-wrap">
        <ShareActions url={url} title={title} />
      </div>
    </nav>
  );
}
