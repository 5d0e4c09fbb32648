// Old addresses of imported articles (their Jekyll permalinks and `redirect_from`): a permanent
// redirect to where each article is now. Only the addresses content names are answered, each
// written at build; every other path is a 404, as before this route existed.
import { getRedirects } from "@/lib/content";
import { oldPathKey, oldPathSegments } from "@/lib/content/old-paths";

export const dynamicParams = false;

export function generateStaticParams(): { legacy: string[] }[] {
  return [...getRedirects().keys()].flatMap((key) => oldPathSegments(key).map((legacy) => ({ legacy })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ legacy: string[] }> }) {
  const { legacy } = await params;
  const target = getRedirects().get(oldPathKey(`/${legacy.join("/")}`));
  if (!target) return new Response("見つかりません", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 308, headers: { location: target } });
}
