/** Small helpers for writing English sentences from figures. */

/** "a, b and c"; "" for none. */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A count as GOV.UK writes it: "999", "5,000", "20,000". */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** "1 action", "3 actions", "5,000 actions". */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
