/**
 * A that-clause after a cue whose listener or adjuncts run longer than the usual scans read:
 * "told aides over the winter, at rallies and in quiet meetings, that ...", "has
 * persuaded growers, harbor pilots and her colleagues that ...", "argued in its filing, drafted
 * by its lawyers, that ...", "recognized long ago that ...". Only phrases, commas and dashes may
 * stand between the cue and "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a that-clause after a long listener or adjunct', () => {
  it('reads past a listener list joined by commas and "and"', () => {
    expect(quotesIn('Mayor Kell has persuaded wealthy growers, harbor elders and her colleagues on the council that she can carry the valley.')).toEqual([
      { content: 'she can carry the valley', cue: 'persuaded', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads past adjuncts set off by commas after the listener', () => {
    expect(quotesIn('Lind has told aides over the winter, at rallies and in quiet meetings, that she fears the ferry levy.')).toEqual([
      { content: 'she fears the ferry levy', cue: 'told', speaker: 'Lind' },
    ]);
  });

  it('reads past a participle phrase on the document named in the adjunct', () => {
    expect(quotesIn('The harbor board argued in its filing, drafted by Ana Ruiz, a vice president, that the growers had a stated bias.')).toEqual([
      { content: 'the growers had a stated bias', cue: 'argued', speaker: 'The harbor board' },
    ]);
  });

  it('reads past a passive relative clause on the document named in the adjunct', () => {
    expect(quotesIn('Ferry officials said in a notice that was posted on Friday that the crossing would stay shut.')).toEqual([
      { content: 'the crossing would stay shut', cue: 'said', speaker: 'Ferry officials' },
    ]);
    expect(quotesIn('The warden wrote in a memo that was read aloud that the cells were overcrowded.')).toEqual([
      { content: 'the cells were overcrowded', cue: 'wrote', speaker: 'The warden' },
    ]);
    expect(quotesIn('Dace told reporters in a briefing that was held at dawn that the talks had failed.')).toEqual([
      { content: 'the talks had failed', cue: 'told', speaker: 'Dace' },
    ]);
  });

  it('gives no statement to a passive relative clause on a noun', () => {
    expect(quotesIn('The new edition includes fresh details about the mayor\'s debts that were disclosed during the trial.')).toEqual([]);
    expect(quotesIn('Ortega was proving to be a tireless canvasser, even in a ward that was drawn to favor Lind.')).toEqual([]);
  });

  it('reads past "long ago"', () => {
    expect(quotesIn('Pell recognized long ago that the dam vote would be close.')).toEqual([
      { content: 'the dam vote would be close', cue: 'recognized', speaker: 'Pell' },
    ]);
  });

  it('leaves a relative "that" on the object of a verb that needs "that"', () => {
    expect(quotesIn('Pell wrote a letter that the board read aloud.')).toEqual([]);
  });
});
