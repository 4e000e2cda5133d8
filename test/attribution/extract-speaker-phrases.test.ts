/**
 * Who speaks when the words right before the cue are not a speaker: a perfect participle
 * ("having said") continues the clause it is attached to.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

interface Found {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
}

/** Every quote `analyze` finds in `text`, cut down to content, cue and speaker. */
function quotesIn(text: string): Found[] {
  return analyze({ text }).quotes.map((quote) => ({
    content: quote.content.exact,
    ...(quote.cue === undefined ? {} : { cue: quote.cue.exact }),
    ...(quote.speaker === undefined ? {} : { speaker: quote.speaker.text }),
  }));
}

describe('a perfect participle', () => {
  it('after a comma takes the subject of its clause: X did Y, having rejected Z', () => {
    expect(quotesIn('Yet Ana Lind has now hired a pollster, having rejected the need for one in the spring.')).toEqual([
      { content: 'the need for one in the spring', cue: 'rejected', speaker: 'Ana Lind' },
    ]);
  });

  it('opening a sentence takes the subject of the main clause: Having announced that X, Kell did Y', () => {
    expect(quotesIn('Having announced that he would not run, Judge Kell left the room.')).toEqual([
      { content: 'he would not run', cue: 'announced', speaker: 'Judge Kell' },
    ]);
  });

  it('between dashes takes the subject before them', () => {
    expect(quotesIn('Lind opened the debate calmly -- having suggested in May that the plan was flawed -- but said he had doubts.')).toEqual([
      { content: 'the plan was flawed', cue: 'suggested', speaker: 'Lind' },
      { content: 'he had doubts', cue: 'said', speaker: 'Lind' },
    ]);
  });
});
