/**
 * The print frame's page header and footer, written as CSS: `@page` margin boxes
 * take only literal strings, so the plan's title has to be escaped into CSS.
 */

/**
 * A value as a CSS string literal, in double quotes. Backslash and double quote are
 * escaped; control characters (newlines included) become hex escapes such as
 * `\A ` (the space ends the escape); NUL, which CSS cannot carry, becomes U+FFFD;
 * and `<` is escaped too, so the text can never close the `<style>` element it is
 * written into.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (code === 0) out += '\uFFFD';
    else if (code < 0x20 || code === 0x7f || ch === '<') out += `\\${code.toString(16).toUpperCase()} `;
    else out += ch;
  }
  return `${out}"`;
}

export interface PrintHeader {
  /** Top left of every page but the cover: the plan's title. */
  readonly title: string;
  /** Top right: "Data as at 12 January 2024, 9:00am". */
  readonly asAt: string;
}

/**
 * The `@page` rules for an A4 portrait printout: the plan and "data as at" in the
 * top margin, "Page N of M" at the foot. The cover carries both in full, so its
 * header is left empty.
 */
export function printPageCss({ title, asAt }: PrintHeader): string {
  return [
    '@page {',
    '  size: A4 portrait;',
    '  margin: 18mm 15mm 20mm;',
    `  @top-left { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #484949; }`,
    `  @top-right { content: ${cssString(asAt)}; font: 9pt system-ui, sans-serif; color: #484949; }`,
    '  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #484949; }',
    '}',
    '@page :first {',
    '  @top-left { content: none; }',
    '  @top-right { content: none; }',
    '}',
  ].join('\n');
}
