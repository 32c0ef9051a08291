/** A text written so that a regular expression matches it literally ("J. Roe (Ed.)" -> "J\. Roe \(Ed\.\)"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
