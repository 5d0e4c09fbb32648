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
              className="inline-flex min-h-11 items-center rounded-full border border-slate-300 px-4 text-sm font-medium text-slate-800 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:text-slate-100"
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
