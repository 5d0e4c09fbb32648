import { AuthorCard } from "@/components/common/AuthorCard";
import type { AuthorProfile } from "@/lib/content";

/** Right after the body: who wrote it, for authors with a profile (others keep their byline only). */
export function AuthorBox({ profile }: { profile: AuthorProfile }) {
  return (
    <section aria-labelledby="author-box-heading" className="mt-10 rounded-xl border border-slate-200 p-5 sm:p-6 dark:border-slate-700">
      <h2 id="author-box-heading" className="mb-3 text-sm font-bold text-slate-700 dark:text-slate-300">
        この記事を書いた人
      </h2>
      <AuthorCard profile={profile} linkName />
    </section>
  );
}
