/**
 * Matching leads. The papers spell one role several ways ("Corporate Director for
 * Children and Young People", "... Director Children and Young People", "... for
 * Children & Young People", "Service Director (Improvement)" / "Service Director
 * Improvement", "All-Age" / "All Age"), so leads are grouped by a folded key and
 * shown under their most frequent spelling.
 */

/**
 * The folded key of a lead. In order: Unicode compatibility form (NFKC), lower
 * case, apostrophes removed ("children's" -> "childrens"), "&" read as "and",
 * every other run of non-letters/non-digits (brackets, hyphens, slashes, commas,
 * full stops, whitespace) becomes one space, and the word "for" is dropped.
 * "for" is folded because the plan uses "Director for X" and "Director X" for the
 * same post; no other word is dropped, so "Director of Public Health" stays
 * distinct from anything without "of". A blank lead folds to ''.
 */
export function leadKey(lead: string): string {
  const words = lead
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u);
  let key = '';
  for (const word of words) {
    if (word === '' || word === 'for') continue;
    key = key === '' ? word : `${key} ${word}`;
  }
  return key;
}

/** A spelling as displayed: trimmed, inner whitespace collapsed, nothing else changed. */
export function tidyLead(lead: string): string {
  return lead.trim().replace(/\s+/g, ' ');
}

/** Shown for actions whose lead is blank. */
export const NO_LEAD_LABEL = 'No lead named';

/**
 * Tracks the spellings seen under one key, to pick the display name: the most
 * frequent tidied spelling, ties going to the one seen first.
 */
export class LeadSpellings {
  /** Insertion order is first-seen order, which breaks ties. */
  private readonly counts = new Map<string, number>();

  add(spelling: string, times = 1): void {
    this.counts.set(spelling, (this.counts.get(spelling) ?? 0) + times);
  }

  get displayName(): string {
    let best = '';
    let bestCount = 0;
    // Strictly greater: an equal count never displaces an earlier spelling.
    for (const [spelling, count] of this.counts) {
      if (count > bestCount) {
        best = spelling;
        bestCount = count;
      }
    }
    return best === '' ? NO_LEAD_LABEL : best;
  }

  /** Spellings in first-seen order. */
  get spellings(): string[] {
    return [...this.counts.keys()];
  }
}

/**
 * Memoises `leadKey` and `tidyLead` per raw string for one pass over many actions:
 * a plan has tens of distinct lead strings, not thousands.
 */
export function createLeadKeyCache(): (lead: string) => { key: string; spelling: string } {
  const cache = new Map<string, { key: string; spelling: string }>();
  return (lead) => {
    let hit = cache.get(lead);
    if (hit === undefined) {
      hit = { key: leadKey(lead), spelling: tidyLead(lead) };
      cache.set(lead, hit);
    }
    return hit;
  };
}

export interface LeadGroup {
  readonly key: string;
  readonly displayName: string;
  /** Every spelling seen, first-seen order. */
  readonly spellings: readonly string[];
}

/** The distinct leads of a list of actions, sorted by display name (en-GB). */
export function distinctLeads(actions: readonly { lead: string }[]): LeadGroup[] {
  const keyOf = createLeadKeyCache();
  const groups = new Map<string, LeadSpellings>();
  for (const action of actions) {
    const { key, spelling } = keyOf(action.lead);
    let group = groups.get(key);
    if (group === undefined) {
      group = new LeadSpellings();
      groups.set(key, group);
    }
    group.add(spelling);
  }
  return [...groups]
    .map(([key, group]) => ({ key, displayName: group.displayName, spellings: group.spellings }))
    .sort(compareLeadGroups);
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Alphabetical by display name; the blank lead last. */
export function compareLeadGroups(a: { key: string; displayName: string }, b: { key: string; displayName: string }): number {
  if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
  return collator.compare(a.displayName, b.displayName) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
