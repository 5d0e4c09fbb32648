import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AUDIENCES, findAudience } from "@/components/recruiting/audiences";
import { site } from "@/lib/site";

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
      <p className="mt-10">
        <a href={mailto} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-6 font-bold text-white hover:bg-brand-800">
          メールで相談する
        </a>
      </p>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        宛先: {site.contactEmail}（2営業日以内に担当者からご連絡します）
      </p>
    </section>
  );
}
