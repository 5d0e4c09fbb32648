import Link from "next/link";
import { homePath, taxonomyIndexPath } from "@/lib/urls";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-bold tracking-widest text-brand-700 dark:text-brand-100">404</p>
      <h1 className="mt-2 text-2xl font-bold">ページが見つかりません</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        お探しのページは移動または削除されたか、URL が間違っている可能性があります。
      </p>
      <ul className="mt-8 flex flex-wrap justify-center gap-4">
        <li>
          <Link href={homePath()} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">
            トップページへ戻る
          </Link>
        </li>
        <li>
          <Link href={taxonomyIndexPath("categories")} className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-5 font-bold text-brand-800 hover:bg-brand-50 dark:text-brand-100">
            カテゴリーから探す
          </Link>
        </li>
      </ul>
    </section>
  );
}
