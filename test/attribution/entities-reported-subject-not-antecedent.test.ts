/**
 * "Fenn told jurors that Kirrane had lied. On Thursday, he said ...": a name that opens what a
 * speaker named before it reports is the subject of the report, not of the text, so a pronoun in
 * a later sentence stands for the speaker. The name is still taken when the speaker cannot be
 * meant ("The harbor board said Lind had resigned. He ...").
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name that opens reported speech', () => {
  it('gives way to the speaker as the antecedent of a later pronoun', () => {
    const quotes = attributedQuotes('The grower, Tobias Wren, sued the mill in May. His lawyer, Emil Strand, told the court on Monday that Wren had been misled. On Tuesday, he said outside the hall that the mill owed his client money.');
    expect(quotes.at(-1)).toEqual({ content: 'the mill owed his client money', cue: 'said', speaker: 'he', entity: 'Emil Strand' });
  });

  it('is still the antecedent when the speaker cannot be meant', () => {
    const quotes = attributedQuotes('Oskar Lind said the pier was unsafe. The harbor board said Lind had resigned. He said he was tired.');
    expect(quotes.at(-1)).toEqual({ content: 'he was tired', cue: 'said', speaker: 'He', entity: 'Oskar Lind' });
  });
});
