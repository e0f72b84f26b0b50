/**
 * Masks an ID-card number for display: the first 4 and last 4 characters stay, the rest become `*`
 * (DESIGN "Personnel and credentials": `6501**********1234`). Personal data is shown in full only
 * where the caller's task needs it.
 */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  if (!idNumber) return null;
  const s = idNumber.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}
