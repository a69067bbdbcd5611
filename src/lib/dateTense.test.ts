import { describe, expect, it } from 'vitest';
import { clauseTense } from './dateTense';

/** The tense governing the [[marked]] words. */
function tenseOf(marked: string): string {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  const t = clauseTense(marked.replace('[[', '').replace(']]', ''), start, end);
  return `${t.future ? 'future' : 'past'} ${t.cue ?? '-'}`;
}

describe('clauseTense: the governing clause decides (rule 1)', () => {
  it.each([
    ['The ministers will hold talks [[on Tuesday]].', 'future will hold'],
    ["We'll meet [[on Friday]], an official told reporters.", "future 'll meet"],
    ['The chief is scheduled to visit Haifa [[on Thursday]].', 'future scheduled to'],
    ['The navy chief is to leave [[on Tuesday]].', 'future is to'],
    ['The contract is expected to be signed [[on Friday]].', 'future expected to'],
    ['Israel plans to deliver the drones [[on Sunday]].', 'future plans to'],
    ['The delegation is visiting the plant [[this Friday]].', 'future is visiting'],
    ['A second round has been fixed for [[Thursday]].', 'future has been fixed'],
    ['[[On Wednesday]], the two sides will sign a memorandum.', 'future will sign'],
    ['The contract could be signed as early as [[Wednesday]], a source said.', 'future could be'],
    ['The talks will be held [[on Saturday]].', 'future will be'],
    ['The two ministers held talks [[on Tuesday]].', 'past held'],
    ['The contract was signed [[on Friday]], officials said.', 'past was'],
    ['The ambassador, who arrived [[on Saturday]], will call on the Prime Minister.', 'past arrived'],
    ['Talks that began [[on Thursday]] will continue next week.', 'past began'],
    ['Officials said [[on Friday]] that the trials had been completed.', 'past said'],
    ['The trials were due to end [[on Friday]].', 'past were due to'],
    ['The proposed deal [[on Monday]] drew criticism.', 'past drew'],
    ['The talks [[on Monday]] in Delhi.', 'past -'],
    ['Officials expect the contract to be finalised [[by March 31]].', 'future expect the contract to'],
    ['The flight was cancelled due to bad weather [[on Friday]].', 'past was'],
    ['The meeting is now likely to take place [[on Wednesday]].', 'future likely to'],
  ])('%s → %s', (sentence, expected) => {
    expect(tenseOf(sentence)).toBe(expected);
  });
});
