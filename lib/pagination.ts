// Splitting a list into numbered pages.

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The requested page, or null when it does not exist (so the route can 404). */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | null {
  const totalPages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, totalPages };
}

/** Page numbers from 2 up, for generateStaticParams. */
export function extraPageNumbers(total: number, pageSize: number): number[] {
  return Array.from({ length: pageCount(total, pageSize) - 1 }, (_, index) => index + 2);
}
