// @vitest-environment jsdom
import { describe, it } from 'vitest';
import { htmlToTextDom } from './domHtml';
import { checkCases } from '../../lib/exchange/__fixtures__/htmlCases';

// jsdom stands in for the browser's parser here; its speed is not the browser's, so the timing
// (a 200 kB `<a<a<a…` field) is measured in the real browser by e2e/importLarge.spec.ts.
describe('htmlToText with an inert DOMParser document (the page)', () => {
  it('gives the same text as parse5 for every case', () => {
    checkCases(htmlToTextDom);
  });
});
