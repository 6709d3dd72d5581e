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
 * One body written several ways, declared by the plan (the contract's `leadAliases`):
 * "HSCP" for "Herefordshire Safeguarding Children Partnership (HSCP)". Every alias,
 * wherever it stands in a lead as whole words, is read as `name`.
 */
export interface LeadAlias {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A lead as matched: its folded key (aliases applied) and its tidied spelling. */
export interface LeadRef {
  readonly key: string;
  readonly spelling: string;
}

/**
 * The parts of a lead written with "&" or "/" outside brackets, trimmed, blanks
 * dropped: "A & B" and "A / B" give ["A", "B"]; "Head of Service (MASH & Assessment)"
 * gives itself. Whether the parts are separate leads is `createLeadResolver`'s call.
 */
export function leadParts(lead: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < lead.length; i += 1) {
    const ch = lead[i];
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    else if ((ch === '&' || ch === '/') && depth === 0) {
      parts.push(lead.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(lead.slice(start));
  return parts.map(tidyLead).filter((part) => part !== '');
}

/** Folds a key through the aliases: each alias, as whole words, becomes its name's key. */
function aliasFolder(aliases: readonly LeadAlias[]): (key: string) => string {
  const toName = new Map<string, string>();
  for (const { name, aliases: spellings } of aliases) {
    const nameKey = leadKey(name);
    for (const spelling of spellings) {
      const aliasKey = leadKey(spelling);
      if (aliasKey !== '' && aliasKey !== nameKey && !toName.has(aliasKey)) toName.set(aliasKey, nameKey);
    }
  }
  if (toName.size === 0) return (key) => key;
  // Longest first, so "a b c" wins over "a b" where both are aliases. Keys hold only
  // letters, digits and single spaces, so padding with spaces makes "whole words".
  // No escaping needed: keys hold no regular-expression syntax.
  const alternatives = [...toName.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<= )(?:${alternatives.join('|')})(?= )`, 'gu');
  return (key) => ` ${key} `.replace(pattern, (alias) => toName.get(alias) ?? alias).trim();
}

/**
 * How a plan's lead strings map to leads. A lead written "A & B" or "A / B" is a joint
 * lead, one action under each of A and B, when at least one part leads something on
 * its own elsewhere in the plan or is a name in `aliases`; otherwise the "&" or "/" is
 * part of one role's name ("Policy & Procedures Lead", "Corporate Director for
 * Children & Young People") and the lead stays whole. Memoised per raw string: a plan
 * has tens of distinct lead strings, not thousands.
 */
export function createLeadResolver(allLeads: Iterable<string>, aliases: readonly LeadAlias[] = []): (lead: string) => readonly LeadRef[] {
  const fold = aliasFolder(aliases);
  const keyOf = (text: string) => fold(leadKey(text));
  const known = new Set<string>();
  for (const { name } of aliases) known.add(keyOf(name));
  for (const lead of new Set(allLeads)) known.add(keyOf(lead));
  const cache = new Map<string, readonly LeadRef[]>();
  return (lead) => {
    let hit = cache.get(lead);
    if (hit === undefined) {
      const whole: LeadRef = { key: keyOf(lead), spelling: tidyLead(lead) };
      const parts = leadParts(lead);
      const refs = parts.map((part) => ({ key: keyOf(part), spelling: part }));
      if (parts.length > 1 && refs.some((ref) => ref.key !== whole.key && known.has(ref.key))) {
        // "A & A" is one lead, not two.
        hit = [...new Map(refs.map((ref) => [ref.key, ref] as const)).values()];
      } else {
        hit = [whole];
      }
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

/**
 * The distinct leads of a list of actions, sorted by display name (en-GB). A joint
 * lead counts under each of its leads (see `createLeadResolver`).
 */
export function distinctLeads(actions: readonly { lead: string }[], aliases: readonly LeadAlias[] = []): LeadGroup[] {
  const leadsOf = createLeadResolver(actions.map((a) => a.lead), aliases);
  const groups = new Map<string, LeadSpellings>();
  for (const action of actions) {
    for (const { key, spelling } of leadsOf(action.lead)) {
      let group = groups.get(key);
      if (group === undefined) {
        group = new LeadSpellings();
        groups.set(key, group);
      }
      group.add(spelling);
    }
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
