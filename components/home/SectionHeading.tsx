import Link from "next/link";

/** A front-page section's title, with a link to all of it when there is more. */
export function SectionHeading({ id, title, more }: { id: string; title: string; more?: { href: string; label: string } }) {
  return (
    <div className="mb-4 flex items-baseline justify-between gap-4 border-b-2 border-brand-700 pb-1 dark:border-brand-100">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {more ? (
        <Link href={more.href} className="shrink-0 text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          {more.label}
        </Link>
      ) : null}
    </div>
  );
}
