/**
 * The "Add an article" form's own checks (issue 16): the text as it will be kept, and every
 * problem with what was typed, collected together and named by field. Pure.
 */
import { isRealDay } from '../schema';

/** Larger texts are refused (a pasted book, a binary file read as text). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ArticleForm {
  text: string;
  published: string;
  outlet: string;
  agency: string;
  headline: string;
  url: string;
}

export type ArticleField = keyof ArticleForm;

export interface FormProblem {
  field: ArticleField;
  message: string;
}

/** An article already kept in this browser, as far as duplicate detection needs it. */
export interface KnownArticle {
  id: string;
  sha256: string;
  /** ISO timestamp of when it was added. */
  addedAt: string;
}

/**
 * Line breaks as the article will be kept: \r\n and lone \r become \n, once, before any offset
 * is taken. Nothing else is changed (spaces, quote marks and typos stay as they are).
 */
export function normaliseLineBreaks(text: string): { text: string; changed: number } {
  let changed = 0;
  const out = text.replace(/\r\n?/g, () => {
    changed++;
    return '\n';
  });
  return { text: out, changed };
}

export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export const isHttpUrl = (raw: string) => {
  if (!/^https?:\/\//i.test(raw)) return false;
  try {
    return Boolean(new URL(raw).host);
  } catch {
    return false;
  }
};

/** Every problem of the form at once; `today` is YYYY-MM-DD in the user's time zone. */
export function checkArticleForm(form: ArticleForm, today: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.text.trim() === '')
    problems.push({
      field: 'text',
      message: 'The article text is empty: paste the article or choose a saved web page.',
    });
  else if (utf8Length(form.text) > MAX_ARTICLE_BYTES) {
    const mb = (utf8Length(form.text) / 1024 / 1024).toFixed(1);
    problems.push({ field: 'text', message: `The text is ${mb} MB; an article can be at most 2 MB.` });
  }
  if (form.published.trim() === '')
    problems.push({
      field: 'published',
      message: 'Enter the day the article was published: its dates are read from it.',
    });
  else if (!isRealDay(form.published))
    problems.push({ field: 'published', message: `“${form.published}” is not a calendar day (YYYY-MM-DD).` });
  else if (form.published > today)
    problems.push({ field: 'published', message: `${form.published} is in the future (today is ${today}).` });
  // data/sources.json needs all three (the export must run through `npm run extract`).
  if (form.outlet.trim() === '')
    problems.push({ field: 'outlet', message: 'Enter the outlet that published the article.' });
  if (form.headline.trim() === '') problems.push({ field: 'headline', message: 'Enter the article’s headline.' });
  if (form.url.trim() === '')
    problems.push({ field: 'url', message: 'Enter the article’s address: every source links to its original.' });
  else if (!isHttpUrl(form.url.trim()))
    problems.push({ field: 'url', message: 'The address must start with http:// or https://.' });
  return problems;
}

/** Day of a timestamp in words, e.g. "3 Dec 2026". */
export function shortDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
}

/** The problem when the same text is already kept: "already added on 3 Dec 2026 as outlook-2022-06-03". */
export function duplicateOf(sha256: string, known: readonly KnownArticle[]): string | null {
  const hit = known.find((k) => k.sha256 === sha256);
  return hit ? `This text was already added on ${shortDay(hit.addedAt)} as ${hit.id}.` : null;
}
