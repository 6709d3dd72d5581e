/**
 * JSON with object keys sorted and the contract's "no value" spellings made one:
 * an absent field, `undefined` and a `null` deadline or deadline text all mean
 * "none". Two records with the same canonical JSON are the same record, whatever
 * order a database or a file gave their fields in.
 */
const NULL_MEANS_ABSENT = new Set(['deadline', 'deadlineText']);

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? 'undefined';
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined || (field === null && NULL_MEANS_ABSENT.has(key))) continue;
    out[key] = canonical(field);
  }
  return out;
}
