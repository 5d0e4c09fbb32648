import Link from "next/link";
import { site } from "@/lib/site";
import { privacyPath, taxonomyIndexPath } from "@/lib/urls";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-bold text-slate-900 dark:text-white">{site.name}</p>
          <p className="mt-2 max-w-prose">{site.description}</p>
        </div>
        <nav aria-label="フッターメニュー">
          <ul className="grid gap-2 sm:justify-end">
            <li><Link href={taxonomyIndexPath("categories")} className="hover:underline">カテゴリー一覧</Link></li>
            <li><Link href={taxonomyIndexPath("tags")} className="hover:underline">タグ一覧</Link></li>
            <li><Link href={site.recruiting.career} className="hover:underline">転職相談（求職者の方）</Link></li>
            <li><Link href={site.recruiting.recruiters} className="hover:underline">採用担当の方はこちら</Link></li>
            <li><Link href={site.recruiting.freelance} className="hover:underline">業務委託案件をお探しの方はこちら</Link></li>
            <li><Link href={privacyPath()} className="hover:underline">プライバシーポリシー</Link></li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-slate-200 py-4 text-center text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        © {new Date().getFullYear()} {site.name}
      </p>
    </footer>
  );
}
