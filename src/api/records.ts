import { z } from './zod-setup';
import type { Resource } from './errors';
import type { DataProblem } from './problems';

export interface Parsed<T> {
  records: T[];
  problems: DataProblem[];
}

interface ParseOptions<T> {
  /** The field that identifies a record (`id`, or `actionId` for review ratings); null when records have none. */
  idKey?: string | null;
  /** Prefix for paths, e.g. "areas" or "points", so a problem reads "points[3].value". */
  pathPrefix?: string;
  /** The enclosing record's id, for nested lists (a measure's points, a review's ratings). */
  parentId?: string;
  /** Told the valid records of each part as soon as that part is checked, in order (see `RecordStream`). */
  stream?: RecordStream<T>;
}

/**
 * For a caller that passes records on while the rest are still being checked (the
 * decode worker, which posts each part to the main thread): the list is checked
 * `partSize` records at a time and `onRecords` hears each part's valid records.
 */
export interface RecordStream<T> {
  partSize: number;
  onRecords: (records: T[]) => void;
}

/**
 * Validates a list one record at a time: valid records are kept in order, each invalid
 * one is dropped and named (id, field, problem), and a repeated id keeps the first
 * record, because the first is what the source system listed as the record.
 */
export function parseRecords<S extends z.ZodMiniType>(
  resource: Resource,
  items: readonly unknown[],
  schema: S,
  { idKey = 'id', pathPrefix = '', parentId, stream }: ParseOptions<z.infer<S>> = {},
): Parsed<z.infer<S>> {
  const records: z.infer<S>[] = [];
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  const partSize = Math.max(1, stream?.partSize ?? items.length);

  const keep = (record: z.infer<S>, index: number) => {
    const ownId = readId(items[index], idKey);
    if (ownId !== undefined) {
      if (seen.has(ownId)) {
        // A record with an id is named by it; inside a parent, by its position too.
        const position = parentId !== undefined ? `${pathPrefix}[${index}]` : '';
        problems.push(duplicateProblem(resource, parentId ?? ownId, position, idKey, ownId));
        return;
      }
      seen.add(ownId);
    }
    records.push(record);
  };

  const list = z.array(schema);
  for (let start = 0; start < items.length; start += partSize) {
    const part = items.slice(start, start + partSize);
    const first = records.length;
    // Fast path: one parse of the whole part is several times quicker than a parse per
    // record (60,000 review ratings: ~25 ms against ~125 ms). Only a part with a bad
    // record pays for the record-by-record pass that names it.
    const whole = list.safeParse(part);
    if (whole.success) {
      whole.data.forEach((record, offset) => keep(record, start + offset));
    } else {
      part.forEach((item, offset) => {
        const index = start + offset;
        const parsed = schema.safeParse(item);
        if (parsed.success) {
          keep(parsed.data, index);
          return;
        }
        const ownId = readId(item, idKey);
        const recordId = parentId ?? ownId;
        // A record with an id is named by it; otherwise (or inside a parent) by its position.
        const position = parentId !== undefined || ownId === undefined ? `${pathPrefix}[${index}]` : '';
        for (const issue of parsed.error.issues) {
          problems.push({
            resource,
            ...(recordId !== undefined && { recordId }),
            path: joinPath(position, issue.path),
            message: issue.message,
          });
        }
      });
    }
    stream?.onRecords(records.slice(first));
  }

  return { records, problems };
}

/** Only for a record with an id, so `idKey` is never null here. */
function duplicateProblem(resource: Resource, recordId: string, position: string, idKey: string | null, id: string): DataProblem {
  return {
    resource,
    recordId,
    path: joinPath(position, [idKey ?? '']),
    message: `duplicate ${idKey} "${id}": the first record was kept, this one left out`,
  };
}

function readId(item: unknown, idKey: string | null): string | undefined {
  if (idKey === null || typeof item !== 'object' || item === null) return undefined;
  const value = (item as Record<string, unknown>)[idKey];
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Formats a zod issue path as people write it: `points[3].value`. */
export function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
