import { useMutation } from '@tanstack/react-query';
import { usePlanQueries } from '../api/provider';
import { QueryError } from './query-error';
import { saveFile } from './save-file';

export interface PlanWorkbookDownloadProps {
  planId: string;
  /** The file name offered, e.g. "hfd-2022-plan-2024-01-12.xlsx". */
  filename: string;
}

/**
 * "Download the plan (Excel)": the API builds the workbook (the dashboard never loads
 * a spreadsheet library), so the file is the same as the server's export everywhere.
 * A failure says what failed, with a Retry.
 */
export function PlanWorkbookDownload({ planId, filename }: PlanWorkbookDownloadProps) {
  const queries = usePlanQueries();
  const download = useMutation({ ...queries.workbook(planId), onSuccess: (file) => saveFile(file, filename) });
  return (
    <>
      <button type="button" className="app-button app-button--secondary" onClick={() => download.mutate()} disabled={download.isPending}>
        {download.isPending ? 'Preparing the Excel file…' : 'Download the plan (Excel)'}
      </button>
      {download.isError && <QueryError error={download.error} onRetry={() => download.mutate()} retrying={download.isPending} />}
    </>
  );
}
