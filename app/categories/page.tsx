import type { Metadata } from "next";
import { TermIndex } from "@/components/listing/TermIndex";
import { getTerms } from "@/lib/content";

export const metadata: Metadata = { title: "カテゴリー一覧", description: "記事のカテゴリー一覧です。", alternates: { canonical: "/categories" } };

export default function CategoriesPage() {
  return <TermIndex heading="カテゴリー一覧" terms={getTerms("categories")} />;
}
