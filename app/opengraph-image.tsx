import { ImageResponse } from "next/og";
import { OgCard } from "@/components/share/OgCard";
import { loadOgFont } from "@/lib/og-font";
import { site } from "@/lib/site";

export const alt = site.name;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The card for listing pages and anything without its own. */
export default async function DefaultOgImage() {
  const font = await loadOgFont();
  return new ImageResponse(<OgCard title={site.description} label="AI・Web3・テック投資" siteName={site.name} />, {
    ...size,
    fonts: [{ name: "Noto Sans JP", data: font, weight: 700, style: "normal" }],
  });
}
