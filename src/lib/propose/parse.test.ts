import { describe, expect, it } from 'vitest';
import { parseSentences } from './parse';
import { finishProposals, parseTexts, planProposals, proposeEvents } from './propose';
import { EVENTS, THEMES } from './testEvents';

const SENTENCES = [
  'Defence Minister Rajnath Singh on Monday held talks with his Israeli counterpart Benny Gantz, officials said.',
  'Chief Boaz Levy said Israel Aerospace Industries will deliver the missiles next year.',
  'The Defence Research and Development Organisation (DRDO) signed an agreement with Elbit Systems in May.',
  'He added that the anti-tank and counter-drone systems are being supplied to the Indian Army.',
];

describe('parseSentences: each sentence is parsed by itself', () => {
  it('gives a sentence the same people, organisations and verbs alone, in a batch and after another', () => {
    const alone = SENTENCES.map((s) => parseSentences([s])[0]);
    expect(parseSentences(SENTENCES)).toEqual(alone);
    expect(parseSentences(SENTENCES.toReversed())).toEqual(alone.toReversed());
    expect(alone[0]!.people).toContain('Rajnath Singh');
    expect(alone[1]!.organisations).toContain('Israel Aerospace Industries');
  });
});

describe('planProposals / finishProposals: the proposer in steps', () => {
  const text = `${SENTENCES.join(' ')}\n\n${SENTENCES[0]}`;
  const article = { id: 'steps-2020-07-29', text, published: '2020-07-29' };
  it('parses a sentence the article says twice once, and proposes it at both places', () => {
    const plan = planProposals(article);
    expect(new Set(plan.texts).size).toBe(plan.texts.length);
    const twice = plan.kept.filter((c) => c.sentence.text === SENTENCES[0]);
    expect(twice.map((c) => c.sentence.start)).toEqual([0, text.lastIndexOf(SENTENCES[0]!)]);
  });
  it('gives what proposeEvents gives, whichever way the texts were parsed', () => {
    const ctx = { events: EVENTS, themes: THEMES };
    const plan = planProposals(article);
    const oneByOne = plan.texts.map((t) => parseTexts([t])[0]!);
    expect(finishProposals(plan, oneByOne, ctx)).toEqual(proposeEvents(article, ctx));
  });
});
