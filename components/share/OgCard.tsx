import { splitPhrases } from "@/lib/phrases";

/**
 * The 1200×630 card drawn by next/og. Each phrase is its own box in a wrapping row, so the
 * title breaks between phrases as it does on the page.
 */
export function OgCard({ title, label, siteName }: { title: string; label?: string; siteName: string }) {
  const size = title.length > 48 ? 48 : title.length > 28 ? 58 : 68;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "linear-gradient(135deg, #0f2a5c 0%, #1d5fd1 100%)",
        color: "#ffffff",
        fontFamily: "Noto Sans JP",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, opacity: 0.9 }}>{label ?? ""}</div>
      <div style={{ display: "flex", flexWrap: "wrap", fontSize: size, lineHeight: 1.35, letterSpacing: "0.02em" }}>
        {splitPhrases(title).map((phrase, index) => (
          <span key={index}>{phrase}</span>
        ))}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 30 }}>
        <span>{siteName}</span>
      </div>
    </div>
  );
}
