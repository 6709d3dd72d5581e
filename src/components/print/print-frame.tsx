import { useMemo, type ReactNode } from 'react';
import { printPageCss, type PrintHeader } from '../../domain/print-page';
import { PageTitle } from '../page-title';
import './print.css';

export interface PrintFrameProps {
  /** The browser tab's title: "Scrutiny briefing – Children's Services Improvement Plan". */
  documentTitle: string;
  /** What every printed page carries in its top margin: plan title and "Data as at …". */
  header: PrintHeader;
  /** The print button's words: "Print this briefing". */
  printLabel: string;
  children: ReactNode;
}

/**
 * A document meant for paper (A4 portrait): on screen it reads like the printout,
 * with one button to print it; in print the button, navigation and footer go, and
 * every page gets the plan, "data as at" and "Page N of M" in its margins.
 *
 * `@page` margin boxes only take literal strings, so the header is written into a
 * `<style>` element as escaped CSS strings (see `cssString`); React sets it as text,
 * and `<` is escaped as well, so a plan title can never break out of it.
 */
export function PrintFrame({ documentTitle, header, printLabel, children }: PrintFrameProps) {
  const { title, asAt } = header;
  const pageCss = useMemo(() => printPageCss({ title, asAt }), [title, asAt]);
  return (
    <div className="app-print">
      <PageTitle title={documentTitle} />
      <style>{pageCss}</style>
      <div className="app-print__toolbar app-no-print">
        <button type="button" className="app-button" onClick={() => window.print()}>
          {printLabel}
        </button>
        <p className="app-hint app-print__toolbar-hint">
          Prints on A4 paper, portrait, with page numbers. To keep a copy, choose “Save as PDF” as the printer.
        </p>
      </div>
      {children}
    </div>
  );
}
