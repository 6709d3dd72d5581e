import type { ColumnSpec } from './sheet-table';

/**
 * The columns of the plan as councils keep it (docs/import.md documents them; the
 * template and the export write them in this order). Headings are matched ignoring
 * case and punctuation, so `action_id` in a CSV and "Action ID" in Excel both work.
 */
export type PlanColumn = 'area' | 'areaTitle' | 'id' | 'title' | 'lead' | 'deadline' | 'progress' | 'rating' | 'leadName' | 'ratedOn' | 'measureIds';

export const PLAN_COLUMNS: readonly ColumnSpec<PlanColumn>[] = [
  { key: 'area', heading: 'Area', aliases: ['Area number', 'Area no', 'Area_number'], required: false },
  { key: 'areaTitle', heading: 'Area title', aliases: ['Area_title'], required: false },
  { key: 'id', heading: 'Action id', aliases: ['Action_id', 'Action no', 'Action ref', 'Ref', 'Id'], required: true },
  { key: 'title', heading: 'Action', aliases: ['Action title', 'What we will do'], required: true },
  { key: 'lead', heading: 'Lead', aliases: ['Lead officer', 'Responsible officer', 'Lead role'], required: true },
  { key: 'deadline', heading: 'Deadline', aliases: ['By when', 'Timescale', 'Due'], required: true },
  { key: 'progress', heading: 'Progress', aliases: ['Progress update', 'Progress notes', 'Progress to date'], required: false },
  { key: 'rating', heading: 'BRAG', aliases: ['BRAG rating', 'RAG', 'Rating'], required: true },
  { key: 'leadName', heading: 'Lead name', aliases: ['Lead_name'], required: false },
  { key: 'ratedOn', heading: 'Rated on', aliases: ['Rated_on'], required: false },
  { key: 'measureIds', heading: 'Measures', aliases: ['Measure ids', 'Measure_ids'], required: false },
];

export function planColumnHeading(key: PlanColumn): string {
  return PLAN_COLUMNS.find((spec) => spec.key === key)?.heading ?? key;
}

/** Columns that, when left out of a file, keep what is stored rather than clearing it. */
export const KEEP_WHEN_ABSENT = ['progress', 'leadName', 'ratedOn', 'measureIds'] as const satisfies readonly PlanColumn[];

const HELP: Readonly<Record<PlanColumn, string>> = {
  area: 'The area number (1, 2, ...). Leave the column out when each area has a heading row "Area 3: title" above its actions, as in this sheet.',
  areaTitle: 'Optional, for people reading the file; the import takes area titles from the plan, not from here.',
  id: 'The action id as the plan writes it ("3.4"). Unique. Format the column as Text so Excel keeps "3.10" (as a number it becomes 3.1).',
  title: 'What will be done, as the plan words it.',
  lead: 'The accountable role, as the plan names it.',
  deadline: 'As written: "March 2023", "Feb 2023", "31/03/2023" (day first), an Excel date, words such as "Spring 2023" or "Ongoing" (kept as words, never overdue), or blank. An impossible date (31/02/2023) is refused.',
  progress: 'Progress notes, oldest first, one per line; "31/03/2023: text" dates a note. Leave the column out to keep the notes already stored.',
  rating: 'Blue, Green, Amber, Red, Not yet due, or blank / Not rated. Any other word is refused.',
  leadName: "Optional: the lead's name. Leave the column out to keep what is stored.",
  ratedOn: 'Optional: the date of the rating (31/03/2023 or an Excel date). Leave the column out to keep what is stored.',
  measureIds: 'Optional: the ids of the measures the action should move, separated by commas. Leave the column out to keep what is stored.',
};

/** Each column with what to write in it, for the template's "Columns" sheet. */
export const PLAN_COLUMN_HELP: readonly { heading: string; required: boolean; help: string }[] = PLAN_COLUMNS.map((spec) => ({
  heading: spec.heading,
  required: spec.required,
  help: HELP[spec.key],
}));
export type KeptColumn = (typeof KEEP_WHEN_ABSENT)[number];
