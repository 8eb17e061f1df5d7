/** "2569" or "2566–2570": a plan's fiscal years (พ.ศ.) as its title page names them. */
export function planYearsText(plan: { firstFiscalYear: number; lastFiscalYear: number }): string {
  return plan.firstFiscalYear === plan.lastFiscalYear ? String(plan.firstFiscalYear) : `${plan.firstFiscalYear}–${plan.lastFiscalYear}`;
}
