import { serializeJsonLd } from "@/lib/structured-data";

/** Structured data; the serialiser escapes `<` so content cannot end the script element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
