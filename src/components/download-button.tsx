import { saveFile } from './save-file';

export interface DownloadButtonProps {
  /** The file name offered to the user, e.g. "hfd-2022-actions-as-at-2024-01-12.csv" (see `csvFileName`). */
  filename: string;
  /** Built only when pressed, so large exports cost nothing until asked for. */
  content: () => string;
  mimeType?: string;
  children: string;
  disabled?: boolean;
}

/** Saves text as a file, built from the same domain functions as the screen. */
export function DownloadButton({ filename, content, mimeType = 'text/csv;charset=utf-8', children, disabled }: DownloadButtonProps) {
  const onClick = () => saveFile(new Blob([content()], { type: mimeType }), filename);
  return (
    <button type="button" className="app-button app-button--secondary" onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}
