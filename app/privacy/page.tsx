import type { Metadata } from "next";
import { site } from "@/lib/site";
import { privacyPath } from "@/lib/urls";

export const metadata: Metadata = {
  title: "プライバシーポリシー",
  description: `${site.name}における個人情報の取り扱いについて。`,
  alternates: { canonical: privacyPath() },
};

const ESTABLISHED = "2026年11月25日";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <div className="mt-2 space-y-2 leading-relaxed">{children}</div>
    </section>
  );
}

export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold sm:text-3xl">プライバシーポリシー</h1>
      <p className="mt-4 leading-relaxed">
        {site.name}（以下「当サイト」）は、転職相談・採用のご相談・業務委託案件のご相談のフォームなどを通じてお預かりする個人情報を、
        個人情報の保護に関する法律その他の関係法令に従い、以下のとおり取り扱います。
      </p>

      <Section id="privacy-collected" title="1. 取得する情報">
        <ul className="list-disc space-y-1 pl-6">
          <li>ご相談フォームに入力いただいた情報：お名前、メールアドレス、現在の職種・ご経験、ご希望・ご相談内容、会社名、採用したいポジション・人数、スキル・ご経験、希望単価</li>
          <li>送信元の IP アドレス：短時間に大量の送信が行われることを防ぐために一時的に利用し、お問い合わせの内容とともに保存することはありません</li>
          <li>表示設定（ライト／ダーク）：お使いのブラウザ内にのみ保存され、当サイトには送信されません</li>
        </ul>
      </Section>

      <Section id="privacy-purposes" title="2. 利用目的">
        <ul className="list-disc space-y-1 pl-6">
          <li>ご相談への回答、面談日程の調整などのご連絡</li>
          <li>ご希望に合う求人・案件、または人材のご紹介</li>
          <li>不正な送信の防止と、サービスの安全な運営</li>
          <li>個人を特定できない形に集計したうえでの、サービスの改善</li>
        </ul>
        <p>上記の目的の範囲を超えて利用する場合は、あらかじめご本人の同意をいただきます。</p>
      </Section>

      <Section id="privacy-third-parties" title="3. 第三者への提供">
        <p>
          次の場合を除き、ご本人の同意なく個人情報を第三者に提供することはありません。求人企業へのご紹介は、紹介先と内容をご本人にお伝えし、
          同意をいただいてから行います。
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>法令に基づく場合</li>
          <li>人の生命、身体または財産の保護のために必要があり、ご本人の同意を得ることが困難な場合</li>
          <li>国の機関などが法令の定める事務を遂行することに協力する必要がある場合</li>
        </ul>
      </Section>

      <Section id="privacy-outsourcing" title="4. 取り扱いの委託">
        <p>
          お問い合わせの受け付けの通知やサーバーの運用など、業務の一部を外部の事業者に委託することがあります。その場合は、
          個人情報を適切に取り扱う事業者を選び、必要かつ適切な監督を行います。
        </p>
      </Section>

      <Section id="privacy-retention" title="5. 保存期間と安全管理">
        <p>
          お問い合わせの内容は、ご対応が完了してから1年を目安に保存し、その後は消去します。個人情報への不正なアクセス、紛失、
          漏えいなどを防ぐため、アクセスできる担当者を限り、保存先を適切に管理します。
        </p>
      </Section>

      <Section id="privacy-requests" title="6. 開示・訂正・利用停止などのご請求">
        <p>
          ご本人から、保有する個人情報の開示、訂正、追加、削除、利用の停止などのご請求があった場合は、ご本人であることを確認したうえで、
          遅滞なく対応します。下記の窓口までご連絡ください。
        </p>
      </Section>

      <Section id="privacy-contact" title="7. お問い合わせ窓口">
        <p>
          {site.name} 個人情報お問い合わせ窓口
          <br />
          メール：
          <a href={`mailto:${site.contactEmail}`} className="text-brand-700 underline dark:text-brand-100">
            {site.contactEmail}
          </a>
        </p>
      </Section>

      <Section id="privacy-changes" title="8. 改定">
        <p>法令の改正やサービスの変更に応じて、このポリシーを改定することがあります。改定後の内容は、このページに掲載した時点から適用します。</p>
      </Section>

      <p className="mt-10 text-sm text-slate-700 dark:text-slate-300">{ESTABLISHED} 制定</p>
    </div>
  );
}
