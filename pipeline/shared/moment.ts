/**
 * The moment of a snapshot (`as_of`: "10:00", "6 p.m.", "95% counted", "3,110 of 3,111 precincts")
 * as a number to compare moments of one kind with: read by reconcile (the latest snapshot) and
 * by the corpus evaluation (the same moment). Pure.
 */
/** A snapshot's moment as a number to compare with moments of its kind: a time of day in minutes, a share counted in per cent. */
export function momentRank(moment: string): { kind: 'time' | 'counted'; rank: number } | null {
  const time = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d%])/i.exec(moment);
  const fraction = /(\d[\d,.]*)\s+(?:of|out of)\s+(\d[\d,.]*)/i.exec(moment);
  if (fraction) {
    const n = Number(fraction[1]!.replace(/,/g, ''));
    const d = Number(fraction[2]!.replace(/,/g, ''));
    if (d > 0) return { kind: 'counted', rank: (n / d) * 100 };
  }
  // A share counted, its decimals after a point or a comma ("70,09 per cent" is 70.09, not 9).
  const share = /(\d+(?:[.,]\d+)?)\s*(?:%|per ?cent)/i.exec(moment);
  if (share) return { kind: 'counted', rank: Number(share[1]!.replace(',', '.')) };
  if (time && (time[2] != null || time[3] != null)) {
    // "2 p.m." is 14:00, "12 a.m." midnight; "14:00" as written.
    const half = time[3]?.toLowerCase();
    const h = half ? (Number(time[1]) % 12) + (half.startsWith('p') ? 12 : 0) : Number(time[1]);
    return { kind: 'time', rank: h * 60 + Number(time[2] ?? 0) };
  }
  return null;
}
