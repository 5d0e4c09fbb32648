import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AUDIENCES, findAudience } from "@/components/recruiting/audiences";
import { InquiryForm } from "@/components/recruiting/InquiryForm";
import { FIELDS, INQUIRY_FIELDS } from "@/lib/inquiries/fields";
import { site } from "@/lib/site";
import { privacyPath } from "@/lib/urls";
import { submitInquiryAction } from "./actions";

interface ContactPageProps {
  params: Promise<{ audience: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return AUDIENCES.map((audience) => ({ audience: audience.id }));
}

export async function generateMetadata({ params }: ContactPageProps): Promise<Metadata> {
  const audience = findAudience((await params).audience);
  return audience ? { title: audience.title, description: audience.lead } : {};
}

/** Static: the form posts to a server action, which renders the answer only for that request. */
export default async function ContactPage({ params }: ContactPageProps) {
  const audience = findAudience((await params).audience);
  if (!audience) notFound();
  const mailto = `mailto:${site.contactEmail}?subject=${encodeURIComponent(audience.mailSubject)}`;
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold sm:text-3xl">{audience.title}</h1>
      <p className="mt-4 leading-relaxed text-slate-800 dark:text-slate-200">{audience.lead}</p>
      <h2 className="mt-8 text-lg font-bold">ご支援の内容</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {audience.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <section aria-labelledby="inquiry-form-heading" className="mt-10 rounded-xl border border-slate-200 p-5 sm:p-6 dark:border-slate-700">
        <h2 id="inquiry-form-heading" className="mb-1 text-lg font-bold">
          ご相談フォーム
        </h2>
        <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
          2営業日以内に担当者からメールでご連絡します。ご入力いただいた情報は
          <Link href={privacyPath()} className="text-brand-700 underline dark:text-brand-100">
            プライバシーポリシー
          </Link>
          に従って取り扱います。
        </p>
        <InquiryForm
          id={`inquiry-${audience.id}`}
          fields={INQUIRY_FIELDS[audience.id].map((name) => FIELDS[name])}
          action={submitInquiryAction.bind(null, audience.id)}
          privacyPath={privacyPath()}
          contact={{ email: site.contactEmail, href: mailto }}
        />
      </section>
      <p className="mt-8 text-sm text-slate-700 dark:text-slate-300">
        メールでのご相談も受け付けています:{" "}
        <a href={mailto} className="text-brand-700 underline dark:text-brand-100">
          {site.contactEmail}
        </a>
      </p>
    </section>
  );
}
