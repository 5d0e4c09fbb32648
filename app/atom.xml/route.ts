import { getArticles } from "@/lib/content";
import { renderAtom, xmlResponse } from "@/lib/feeds";
import { site } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return xmlResponse(
    renderAtom({ title: site.name, description: site.description, pagePath: "/", feedPath: "/atom.xml" }, getArticles()),
    "atom",
  );
}
