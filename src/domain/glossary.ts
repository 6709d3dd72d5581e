/** The briefing's glossary: every term a councillor meets in it, in plain English. */
import { COMPARISON_METHOD } from './comparator-words';
import { RATING_SYMBOLS, ratingKeyEntries } from './ratings';

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'BRAG rating',
    definition:
      'Blue, red, amber or green: the rating each action is given at every review, to show whether it is complete, on track, delayed or at risk. Every rating is also written in words with its own shape, so nothing depends on colour.',
  },
  {
    term: 'Overdue',
    definition:
      'The action’s deadline has passed and it is not rated complete (blue). A deadline given as a month means the last day of that month. Deadlines written only in words, such as “Spring 2024” or “Ongoing”, are never counted as overdue.',
  },
  {
    term: 'Area for improvement',
    definition:
      'One of the things the Ofsted inspection (or the peer review, for SEND) said the council must improve. The plan groups its actions under these areas.',
  },
  {
    term: 'Measures that matter',
    definition: 'The figures the plan uses to show whether the actions are making a difference for children.',
  },
  {
    term: 'On target, near target, off target',
    definition:
      'Where the latest figure stands against the target the plan sets. “Near target” means it misses the target but is within the margin the plan allows; “off target” means it misses by more. Both count as “not meeting target”. A measure may also have “no target”, be “not collected yet”, or have “no figure published” (every figure suppressed).',
  },
  {
    term: 'Better, similar or worse than England',
    definition: `${COMPARISON_METHOD} This is the method Public Health England’s Fingertips uses.`,
  },
  {
    term: 'Direction of travel',
    definition:
      'Whether the latest figure is better or worse than the one before it. “Up” is not always better: for some measures (such as waiting times) lower is better, so the briefing says “improving” or “worsening” rather than only “up” or “down”.',
  },
  {
    term: 'A year earlier, two years earlier',
    definition: 'The figure for the same period one or two years before the latest one (for example December 2022 against December 2023), so that seasonal patterns do not mislead.',
  },
  {
    term: 'England',
    definition: 'The average for all councils in England, from the latest published national statistics.',
  },
  {
    term: 'Statistical neighbours',
    definition:
      'The ten councils most similar to this one in population and need, as chosen by the Department for Education. The figure is their average. Published comparisons usually lag a year or more behind the council’s own figures.',
  },
  {
    term: 'Region',
    definition: 'The average for the councils in the same region of England (for example the West Midlands).',
  },
  {
    term: 'Rate per 10,000',
    definition: 'The number of children affected for every 10,000 children under 18 living in the area, so that councils of different sizes can be compared.',
  },
  {
    term: 'Percentage points',
    definition:
      'The difference between two percentages: a rise from 70% to 75% is 5 percentage points (not 5%).',
  },
  {
    term: 'Provisional (p)',
    definition: 'A figure that has not yet been checked and finalised; it may change.',
  },
  {
    term: 'Revised (r)',
    definition: 'A figure that has been corrected since it was first reported.',
  },
  {
    term: 'Suppressed (c)',
    definition:
      'Not published because the numbers are so small that children could be identified. The briefing says “not published (small numbers)” and never uses the figure.',
  },
  {
    term: 'Not available (n/a)',
    definition: 'No figure exists for that period, for example before the council started collecting it.',
  },
  {
    term: 'No significant change',
    definition:
      'The figure has moved, but by less than chance alone could explain: the two figures’ confidence intervals (the range the true value is likely to lie in) overlap.',
  },
  {
    term: 'Not in the council’s control alone',
    definition:
      'The outcome also depends on partners such as the NHS, schools, the police or the courts, or on national trends. The council is still accountable for its own part.',
  },
  { term: 'EHCP (EHC plan)', definition: 'Education, health and care plan: the legal document setting out the support a child or young person with special educational needs must receive.' },
  { term: 'SEND', definition: 'Special educational needs and disabilities.' },
  {
    term: 'PLO (Public Law Outline)',
    definition:
      'The process a council must follow before it applies to court to take a child into care, including a formal meeting with the parents to try to avoid proceedings.',
  },
  {
    term: 'MASH',
    definition: 'Multi-Agency Safeguarding Hub: where the council, police and health services share information on concerns about a child and decide what should happen.',
  },
  { term: 'Early Help', definition: 'Support offered to families early, before problems become serious enough to need a social worker.' },
  { term: 'Children in care', definition: 'Children looked after by the council, for example in foster care or a children’s home.' },
  { term: 'Care leavers', definition: 'Young people aged 16 to 25 who have been in care and to whom the council still owes support.' },
  {
    term: 'Principal Social Worker (PSW)',
    definition: 'A senior social worker who leads on the quality of social work practice across the council.',
  },
  {
    term: 'Safeguarding Children Partnership',
    definition: 'The council, police and NHS working together, as the law requires, to keep children in the area safe.',
  },
  { term: 'Quality assurance (QA)', definition: 'Checking the quality of work, for example by auditing a sample of children’s records.' },
  { term: 'Financial year', definition: 'April to March, written as “2023-24”. Quarters are numbered from April: Q3 2023-24 is October to December 2023.' },
  { term: 'Improvement Board', definition: 'The independently chaired board that reviews progress on the plan every month.' },
];

const BRAG_COLOURS = { blue: true, red: true, amber: true, green: true } as const;

/**
 * The glossary the briefing ends with: every rating in the plan's own words (as in
 * the key), then the terms above, alphabetically, so a reader can find a term.
 */
export function briefingGlossary(planDefinitions?: Readonly<Record<string, string>>): GlossaryEntry[] {
  const ratings = ratingKeyEntries(planDefinitions).map((entry) => ({
    term: `${entry.label} (${entry.key in BRAG_COLOURS ? `${entry.key}, ` : ''}${RATING_SYMBOLS[entry.key]})`,
    definition: entry.definition,
  }));
  const terms = [...ratings, ...GLOSSARY];
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}

