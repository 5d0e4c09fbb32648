import { getArticles } from "@/lib/content";
import { renderRss, xmlResponse } from "@/lib/feeds";
import { site } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return xmlResponse(
    renderRss({ title: site.name, description: site.description, pagePath: "/", feedPath: "/feed.xml" }, getArticles()),
    "rss",
  );
}
