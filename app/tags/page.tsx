import type { Metadata } from "next";
import { TermIndex } from "@/components/listing/TermIndex";
import { getTerms } from "@/lib/content";

export const metadata: Metadata = { title: "タグ一覧", description: "記事に付いているタグの一覧です。", alternates: { canonical: "/tags" } };

export default function TagsPage() {
  return <TermIndex heading="タグ一覧" terms={getTerms("tags")} prefix="#" />;
}
