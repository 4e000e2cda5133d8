/**
 * A description may carry a reduced relative after its head: a past participle followed by a time
 * or a preposition ("a criminal complaint unsealed last year", "a source involved in the talks").
 * The entity is named by the head and what comes before it, so that a later "the complaint" is the
 * same paper, and one source, however described, is a person.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a reduced relative after a description\'s head', () => {
  it('takes "The complaint" for "a criminal complaint unsealed last year"', () => {
    const text = 'According to a criminal complaint unsealed last year, a ferry clerk took the money.\n\nThe complaint alleges the clerk hid the cash in a barn.';
    const quotes = resolvedQuotes(text);
    expect(quotes[0]).toMatchObject({ content: 'a ferry clerk took the money', cue: 'According to', speaker: 'a criminal complaint unsealed last year', entity: 'a criminal complaint' });
    expect(quotes[1]).toMatchObject({ content: 'the clerk hid the cash in a barn', cue: 'alleges', speaker: 'The complaint', entity: 'a criminal complaint' });
  });

  it('takes "The report" for a report "released on Monday" as its subject', () => {
    const text = 'A state report released on Monday says the dam leaks.\n\nThe report found cracks in two gates.';
    const quotes = resolvedQuotes(text);
    expect(quotes[0]).toMatchObject({ content: 'the dam leaks', cue: 'says', entity: 'A state report' });
    expect(quotes[1]).toMatchObject({ content: 'cracks in two gates', cue: 'found', speaker: 'The report', entity: 'A state report' });
  });

  it('takes the paper as the speaker when its participle is followed by "to", "among" or a time and "by"', () => {
    expect(resolvedQuotes('A memo sent to staff says the ferry contract would run for ten years.')[0]).toMatchObject({
      content: 'the ferry contract would run for ten years',
      cue: 'says',
      speaker: 'A memo sent to staff',
    });
    expect(resolvedQuotes('A memo circulated among council staff says the ferry contract would run for ten years.')[0]).toMatchObject({
      content: 'the ferry contract would run for ten years',
      speaker: 'A memo circulated among council staff',
    });
    expect(resolvedQuotes('A report released Tuesday by the auditor found that costs had doubled.')[0]).toMatchObject({
      content: 'costs had doubled',
      cue: 'found',
      speaker: 'A report released Tuesday by the auditor',
    });
  });

  it('names a paper by its head before an irregular participle or "among"', () => {
    const text = 'A memo sent to staff says the ferry contract would run for ten years.\n\nThe memo adds that fares would fall.';
    const quotes = resolvedQuotes(text);
    expect(quotes[0]).toMatchObject({ speaker: 'A memo sent to staff', entity: 'A memo' });
    expect(quotes[1]).toMatchObject({ content: 'fares would fall', speaker: 'The memo', entity: 'A memo' });
    const analysis = analyze({ text: 'According to a memo circulated among council staff, the contract would run for ten years.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'a memo', kind: 'unknown' });
  });

  it('reads one source involved in the talks as a person', () => {
    const analysis = analyze({ text: 'A source involved in the talks said the deal was off.' });
    expect(analysis.quotes[0]?.speaker?.text).toBe('A source involved in the talks');
    expect(analysis.entities[0]).toMatchObject({ name: 'A source', kind: 'person' });
  });

  it('leaves a participle before its noun alone', () => {
    const analysis = analyze({ text: 'A retired teacher with two sons said the school was too small.' });
    expect(analysis.entities[0]?.name).toBe('A retired teacher with two sons');
  });
});
