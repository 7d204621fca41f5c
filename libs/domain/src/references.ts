/** A hop's reference number in its party's own format, e.g. "DIST-RMA-2026-000042". */
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
