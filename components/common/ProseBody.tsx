import type { ReactNode } from "react";

/** The typography of a rendered body (articles and jobs alike). */
export function ProseBody({ children }: { children: ReactNode }) {
  return <div className="prose prose-slate prose-ja max-w-none dark:prose-invert">{children}</div>;
}
