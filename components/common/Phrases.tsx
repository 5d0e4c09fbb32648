import { Fragment } from "react";
import { splitPhrases } from "@/lib/phrases";

/**
 * Text that may only wrap between phrases: <wbr> marks each boundary and `keep-all` forbids
 * breaks elsewhere (long Latin words can still break, so nothing overflows a phone screen).
 */
export function Phrases({ text }: { text: string }) {
  const phrases = splitPhrases(text);
  return (
    <span className="phrases">
      {phrases.map((phrase, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {phrase}
        </Fragment>
      ))}
    </span>
  );
}
