/** Shown on investment articles: Japanese readers and regulators expect it before the analysis. */
export function InvestmentDisclaimer() {
  return (
    <aside
      aria-label="投資に関する注意事項"
      className="mb-8 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm leading-relaxed text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-bold">投資判断に関するご注意</p>
      <p className="mt-1">
        本記事は情報提供を目的としたものであり、特定の銘柄・暗号資産・金融商品の売買を勧誘・推奨するものではありません。投資に関する最終的な判断はご自身の責任で行ってください。
      </p>
    </aside>
  );
}
