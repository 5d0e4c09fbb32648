import { searchPath } from "@/lib/urls";

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ query = "", id = "site-search" }: { query?: string; id?: string }) {
  return (
    <form action={searchPath()} method="get" role="search" className="flex w-full max-w-md items-center gap-2">
      <label htmlFor={id} className="sr-only">
        サイト内検索
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder="記事を検索（例: 生成AI、C#）"
        maxLength={500}
        className="min-h-11 w-full min-w-0 rounded-full border border-slate-300 bg-white px-4 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="min-h-11 shrink-0 rounded-full bg-brand-700 px-4 text-sm font-bold text-white hover:bg-brand-800"
      >
        検索
      </button>
    </form>
  );
}
