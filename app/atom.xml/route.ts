import { getArticles } from "@/lib/content";
import { renderAtom, xmlResponse } from "@/lib/feeds";
import { site } from "@/lib/site";
import { feedPath, homePath } from "@/lib/urls";

export const dynamic = "force-static";

export function GET() {
  return xmlResponse(
    renderAtom({ title: site.name, description: site.description, pagePath: homePath(), feedPath: feedPath("atom") }, getArticles()),
    "atom",
  );
}
