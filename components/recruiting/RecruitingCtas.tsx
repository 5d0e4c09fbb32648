import Link from "next/link";
import { site } from "@/lib/site";

const CALLS = [
  {
    href: site.recruiting.career,
    label: "転職相談（無料）",
    lead: "AI・Web3 領域でのキャリアを考えている方へ。専任のキャリアアドバイザーがご相談に乗ります。",
    tone: "bg-brand-700 text-white hover:bg-brand-800",
  },
  {
    href: site.recruiting.recruiters,
    label: "採用担当の方はこちら",
    lead: "AI・Web3 人材の採用をお手伝いします。",
    tone: "border border-brand-700 text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-800",
  },
  {
    href: site.recruiting.freelance,
    label: "業務委託案件をお探しの方はこちら",
    lead: "フリーランス・副業向けの案件をご紹介します。",
    tone: "border border-brand-700 text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-800",
  },
] as const;

export function RecruitingCtas() {
  return (
    <ul className="grid gap-4">
      {CALLS.map((call) => (
        <li key={call.label}>
          <p className="mb-2 text-xs leading-relaxed text-slate-700 dark:text-slate-300">{call.lead}</p>
          <Link
            href={call.href}
            className={`flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-center text-sm font-bold ${call.tone}`}
          >
            {call.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
