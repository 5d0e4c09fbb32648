import Link from "next/link";
import type { TermRef } from "@/lib/content";
import { site } from "@/lib/site";
import { homePath, jobsPath, searchPath, taxonomyIndexPath } from "@/lib/urls";
import { SearchForm } from "@/components/search/SearchForm";
import { ThemeToggle } from "./ThemeToggle";

/** `categories`: the ones with articles, in the editors' order (content/categories.yml). */
export function SiteHeader({ categories }: { categories: readonly TermRef[] }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={homePath()} className="text-lg font-bold tracking-wide text-slate-900 no-underline sm:text-xl dark:text-white">
          {site.name}
        </Link>
        <div className="hidden flex-1 justify-end lg:flex">
          <SearchForm id="header-search" />
        </div>
        <div className="sm:order-last">
          <ThemeToggle />
        </div>
        <nav aria-label="採用・案件のご案内" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href={site.recruiting.recruiters} className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-100">
                採用担当の方はこちら
              </Link>
            </li>
            <li>
              <Link href={site.recruiting.freelance} className="text-brand-700 underline-offset-4 hover:underline dark:text-brand-100">
                業務委託案件をお探しの方はこちら
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <nav aria-label="メインメニュー" className="border-t border-slate-100 dark:border-slate-800">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto whitespace-nowrap px-4 py-2 text-sm font-medium text-slate-700 dark:text-slate-200">
          <li>
            <Link href={homePath()} className="hover:text-brand-700">
              新着記事
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.key}>
              <Link href={category.path} className="hover:text-brand-700">
                {category.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href={taxonomyIndexPath("categories")} className="hover:text-brand-700">
              カテゴリー一覧
            </Link>
          </li>
          <li>
            <Link href={taxonomyIndexPath("tags")} className="hover:text-brand-700">
              タグ
            </Link>
          </li>
          <li>
            <Link href={taxonomyIndexPath("authors")} className="hover:text-brand-700">
              著者
            </Link>
          </li>
          <li className="lg:hidden">
            <Link href={searchPath()} className="hover:text-brand-700">
              検索
            </Link>
          </li>
          <li>
            <Link href={jobsPath()} className="hover:text-brand-700">
              求人一覧
            </Link>
          </li>
          <li>
            <Link href={site.recruiting.career} className="hover:text-brand-700">
              転職相談
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
