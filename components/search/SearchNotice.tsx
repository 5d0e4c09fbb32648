/** What the reader is told about their query itself: refused as too long, or searched in part. */
export function SearchNotice({ message }: { message: string }) {
  return (
    <p role="status" className="rounded-lg border border-amber-600 bg-amber-50 p-4 text-sm leading-relaxed text-slate-900 dark:border-amber-400 dark:bg-slate-900 dark:text-slate-100">
      {message}
    </p>
  );
}
