import { AuthorCard } from "@/components/common/AuthorCard";
import type { AuthorProfile } from "@/lib/content";

/** The top of an author's page, above their articles, when they have a profile. */
export function AuthorIntro({ profile }: { profile: AuthorProfile }) {
  return (
    <section aria-labelledby="author-intro-heading" className="mb-8 rounded-xl bg-slate-50 p-5 sm:p-6 dark:bg-slate-900">
      <h2 id="author-intro-heading" className="sr-only">
        プロフィール
      </h2>
      <AuthorCard profile={profile} />
    </section>
  );
}
