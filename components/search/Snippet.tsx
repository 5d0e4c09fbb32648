import type { SnippetPart } from "@/lib/search";

export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
