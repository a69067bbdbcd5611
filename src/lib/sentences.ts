/**
 * Split an article into sentences with JS string offsets. Pure.
 * A line break always ends a sentence, so a headline, photo caption or dateline on its own line never
 * joins the first sentence; a leading "date YYYY-MM-DD" header on the same line is split off too.
 * Abbreviations such as "Mr." and "Col." do not end a sentence.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'col',
  'lt',
  'gen',
  'maj',
  'capt',
  'brig',
  'adm',
  'sgt',
  'cdr',
  'gov',
  'sen',
  'rep',
  'st',
  'no',
  'vs',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'fig',
  'approx',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
]);
const HEADER = /^(?:date|published|updated|posted)[:\s]\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?/i;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) splitLine(m[0], m.index, out);
  return out;
}

function push(out: Sentence[], line: string, base: number, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  if (e > s) out.push({ text: line.slice(s, e), start: base + s, end: base + e });
}

function splitLine(line: string, base: number, out: Sentence[]): void {
  let from = 0;
  const lead = /^\s*/.exec(line)![0].length;
  const header = HEADER.exec(line.slice(lead));
  if (header) {
    push(out, line, base, 0, lead + header[0].length);
    from = lead + header[0].length;
  }
  // a sentence ends at . ! ? (and any closing quotes/brackets) followed by a space and a capital, a quote or a digit
  const endRe = /[.!?]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018([]?[A-Z0-9])/g;
  endRe.lastIndex = from;
  for (let m = endRe.exec(line); m; m = endRe.exec(line)) {
    // the word before the stop (abbreviations are short: look back a little only)
    const word = /([A-Za-z.]+)\.$/.exec(line.slice(Math.max(from, m.index - 24), m.index + 1))?.[1]?.toLowerCase();
    if (m[0] === '.' && word && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    const end = m.index + m[0].length;
    push(out, line, base, from, end);
    from = end;
  }
  push(out, line, base, from, line.length);
}
