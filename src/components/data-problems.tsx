import { describeProblem, problemRecords, type DataProblem } from '../api/problems';
import { csvFileName } from '../domain/csv';
import { dataProblemsCsv } from '../domain/data-problems-csv';
import { DownloadButton } from './download-button';

/** Enough to act on; a list of thousands would only slow the page. */
const LIST_LIMIT = 200;

export interface DataProblemsProps {
  problems: readonly DataProblem[];
  /** With `asOfDate`, names the CSV as every download is named: "hfd-2022-data-problems-as-at-2024-01-12.csv". */
  planId?: string;
  /** The data's "as at" date (the plan's reference date); null while it is not known. */
  asOfDate: string | null;
}

/**
 * Records the dashboard left out, or kept with a field it could not use. The rest of
 * the plan still shows; the summary names every record (up to a dozen, the CSV has
 * all), so the data owner knows exactly what to fix without opening anything.
 */
export function DataProblems({ problems, planId, asOfDate }: DataProblemsProps) {
  if (problems.length === 0) return null;
  const count = problems.length;
  const records = problemRecords(problems);
  const more = records.more > 0 ? ` and ${records.more.toLocaleString('en-GB')} more` : '';
  return (
    <div className="app-data-problems">
      <details>
        <summary>
          {count.toLocaleString('en-GB')} data {count === 1 ? 'problem' : 'problems'} in {records.text}
          {more}
        </summary>
        <ul className="app-list">
          {problems.slice(0, LIST_LIMIT).map((problem, index) => (
            <li key={`${problem.resource}-${problem.recordId ?? ''}-${problem.path}-${index}`}>{describeProblem(problem)}</li>
          ))}
        </ul>
        {count > LIST_LIMIT && <p>The first {LIST_LIMIT} are listed; the CSV has all {count.toLocaleString('en-GB')}.</p>}
      </details>
      <DownloadButton
        filename={csvFileName([...(planId === undefined ? [] : [planId]), 'data-problems'], asOfDate ?? 'undated')}
        content={() => dataProblemsCsv(problems)}
      >
        Download the data problems (CSV)
      </DownloadButton>
    </div>
  );
}
