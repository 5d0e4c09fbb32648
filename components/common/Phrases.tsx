import { splitPhrases } from "@/lib/phrases";

/**
 * Text that may only wrap between phrases: <wbr> marks each boundary and `keep-all` forbids
 * breaks elsewhere (long Latin words can still break, so nothing overflows a phone screen).
 * The children are a flat list (text, <wbr>, text…): a fragment per phrase cost more in the
 * page's payload than the phrase itself.
 */
export function Phrases({ text }: { text: string }) {
  return (
    <span className="phrases">
      {splitPhrases(text).flatMap((phrase, index) => (index > 0 ? [<wbr key={index} />, phrase] : [phrase]))}
    </span>
  );
}
