import { getArticles } from "@/lib/content";

// For load balancers: answers per request, proves the content layer loaded.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { status: "ok", articles: getArticles().length, uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
