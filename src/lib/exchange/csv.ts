/**
 * CSV per RFC 4180: CRLF line ends, quotes doubled. A field is quoted when it holds a separator of
 * any common locale (comma, semicolon, tab), a quote mark or a line break, so a spreadsheet that
 * splits on ";" (most of Europe) or tabs still reads one cell. Per OWASP's CSV-injection guidance,
 * every field a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed
 * with an apostrophe; the importer removes exactly that prefix again.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undo safeCell: an apostrophe followed by a formula character is dropped. */
export function unsafeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function quote(cell: string): string {
  return /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => quote(safeCell(c))).join(',')).join('\r\n') + '\r\n';
}

export interface CsvParse {
  rows: string[][];
  /** e.g. "line 4: a quoted field is not closed". */
  problems: { line: number; message: string }[];
}

/** Parse CSV text (CRLF or LF; a leading byte-order mark is ignored). */
export function parseCsv(text: string): CsvParse {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  const problems: CsvParse['problems'] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let line = 1;
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      if (afterQuote) problems.push({ line, message: 'text after a closing quote' });
      afterQuote = false;
      cell += c;
      i++;
    }
  }
  if (quoted) problems.push({ line: quoteLine, message: 'a quoted field is not closed' });
  if (cell !== '' || row.length) endRow();
  return { rows, problems };
}
