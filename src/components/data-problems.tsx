import { describeProblem, type DataProblem } from '../api/problems';

export interface DataProblemsProps {
  problems: readonly DataProblem[];
}

/**
 * Records the dashboard left out because they break the contract. The rest of the
 * plan still shows; this tells the data owner exactly which record and field to fix.
 */
export function DataProblems({ problems }: DataProblemsProps) {
  if (problems.length === 0) return null;
  const count = problems.length;
  return (
    <details className="app-data-problems">
      <summary>
        {count} data {count === 1 ? 'problem' : 'problems'}: some records could not be shown
      </summary>
      <ul className="app-list">
        {problems.map((problem, index) => (
          <li key={`${problem.resource}-${problem.recordId ?? ''}-${problem.path}-${index}`}>{describeProblem(problem)}</li>
        ))}
      </ul>
    </details>
  );
}
