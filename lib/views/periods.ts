// The ranking windows and the hour buckets views are counted in.

export const RANKING_PERIODS = ["24h", "7d"] as const;
export type RankingPeriod = (typeof RANKING_PERIODS)[number];

export function isRankingPeriod(value: unknown): value is RankingPeriod {
  return RANKING_PERIODS.some((period) => period === value);
}

const HOUR_MS = 3_600_000;

const PERIOD_HOURS: Record<RankingPeriod, number> = { "24h": 24, "7d": 7 * 24 };

/** Hours since 1970-01-01T00:00Z: the bucket a view at `at` is counted in. */
export function hourBucket(at: Date): number {
  return Math.floor(at.getTime() / HOUR_MS);
}

/** The first instant of a bucket. */
export function bucketStart(bucket: number): Date {
  return new Date(bucket * HOUR_MS);
}

/**
 * The start of a period's window at `now`: the current hour and the hours before it, 24 (or 168)
 * buckets in all, so the window spans between 23 and 24 hours (167 and 168) of views.
 */
export function periodStart(period: RankingPeriod, now: Date): Date {
  return bucketStart(hourBucket(now) - PERIOD_HOURS[period] + 1);
}
