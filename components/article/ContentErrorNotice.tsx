import type { ContentProblem } from "@/lib/content/problems";

/**
 * In `next dev`, a broken article's page shows what is wrong with its file instead of the
 * article, so an editor sees the problem where they look and the rest of the site keeps working.
 */
export function ContentErrorNotice({ problems }: { problems: readonly ContentProblem[] }) {
  return (
    <section
      role="alert"
      aria-labelledby="content-error-title"
      className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
    >
      <h1 id="content-error-title" className="text-lg font-bold">
        この記事のファイルにエラーがあります
      </h1>
      <ul className="mt-4 space-y-3">
        {problems.map((problem, index) => (
          <li key={index}>
            <p className="font-mono text-sm">
              {problem.file}
              {problem.line ? `:${problem.line}` : ""}
              {problem.field ? `（${problem.field}）` : ""}
            </p>
            <p className="mt-1">{problem.message}</p>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm">
        ファイルを直して保存し、ページを再読み込みしてください。この表示は開発中（npm run dev）だけのもので、本番のビルドはこのエラーで止まります。
      </p>
    </section>
  );
}
