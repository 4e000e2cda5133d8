import { describe, expect, it } from 'vitest';
import { analyze, OUTLET_SPEAKER_NAME, type Analysis, type Claim } from '../../src/index.js';

function claimWith(analysis: Analysis, words: string): Claim {
  const claim = analysis.claims.find((c) => c.text.includes(words));
  if (claim === undefined) throw new Error(`no claim holds ${JSON.stringify(words)}: ${JSON.stringify(analysis.claims.map((c) => c.text))}`);
  return claim;
}

describe('claims from statements', () => {
  const text = 'Port director Elias Brandt said that the harbor would reopen on Friday. He added that he was ready to meet the union.';
  const analysis = analyze({ text, publishedAt: '2025-03-05' });

  it('builds one claim per statement, pointing back to its quote, without the cue', () => {
    const claim = claimWith(analysis, 'harbor');
    const quote = analysis.quotes.find((q) => q.id === claim.quoteIds[0]);
    expect(quote?.content.exact).toBe('the harbor would reopen on Friday');
    expect(claim.text).toBe('the harbor would reopen on Friday');
    expect(claim.anchor.exact).toBe(claim.text);
    expect(analysis.entities.find((e) => e.id === claim.speakerId)?.name).toBe('Elias Brandt');
  });

  it('keeps the modal and resolves a date in the future clause forward', () => {
    const claim = claimWith(analysis, 'harbor');
    expect(claim.modality).toMatchObject({ verb: 'would', anchor: { exact: 'would' } });
    expect(claim.polarity).toBe('positive');
    expect(claim.dates).toEqual([expect.objectContaining({ text: 'Friday', value: '2025-03-07', relative: true, resolved: true })]);
  });

  it('resolves the speaker\'s own "he" in reported speech without changing the text', () => {
    const claim = claimWith(analysis, 'ready to meet');
    expect(claim.text).toBe('he was ready to meet the union');
    expect(claim.references).toEqual([expect.objectContaining({ text: 'he', kind: 'pronoun', entityId: claim.speakerId })]);
  });
});

describe('when a statement was made', () => {
  it('takes a day-precise date beside the cue, outside the content', () => {
    const analysis = analyze({ text: 'The minister said on Tuesday that the bridge would reopen.', publishedAt: '2025-12-04' });
    expect(claimWith(analysis, 'bridge').saidAt).toBe('2025-12-02');
  });

  it('leaves a date inside the content to the claim and saidAt unset', () => {
    const claim = claimWith(analyze({ text: 'The mayor said the talks held on Monday were useful.', publishedAt: '2025-12-04' }), 'talks');
    expect(claim.saidAt).toBeUndefined();
    expect(claim.dates.map((d) => d.value)).toEqual(['2025-12-01']);
  });
});

describe("the outlet's own claims", () => {
  it('makes one per sentence with no attribution, spoken by the publisher', () => {
    const text = 'The talks lasted five hours. Officials said the mood was calm. Thanks.';
    const analysis = analyze({ text, publisher: 'The Harbor Gazette' });
    const own = analysis.claims.filter((c) => c.quoteIds.length === 0);
    // "Thanks." has fewer than three words: no proposition to claim.
    expect(own.map((c) => c.text)).toEqual(['The talks lasted five hours.']);
    expect(analysis.entities.find((e) => e.id === own[0]?.speakerId)).toMatchObject({ name: 'The Harbor Gazette', kind: 'outlet' });
    expect(own[0]?.numbers).toEqual([expect.objectContaining({ value: 5, unit: 'hour' })]);
  });

  it('makes none of a byline or a credit line, which assert nothing', () => {
    const text = [
      'By Ana Pike and Tom Reyes',
      'By a staff reporter',
      'By our correspondent in Orm',
      'The ferry service will stop in May. By Tuesday, most of the crews had left.',
      'By the end of the week the crews had left.',
      '(Reporting by Ana Pike; Additional reporting by Tom Reyes; Editing by Jan Holt)',
      'HARBOR WIRE/Lena Ortiz',
    ].join('\n\n');
    const own = analyze({ text }).claims.filter((c) => c.quoteIds.length === 0);
    expect(own.map((c) => c.text)).toEqual(['The ferry service will stop in May.', 'By Tuesday, most of the crews had left.', 'By the end of the week the crews had left.']);
  });

  it('makes none of a question, a picture credit, a link to another page or a contact line', () => {
    const text = [
      'By Ana Pike and Tom Reyes | Updated 6:42 p.m., May 14',
      'The ferry will stop in May.',
      'What happens to the crews now?',
      '(Photo: Lena Ortiz/Harbor Wire)',
      'RELATED: The last ferry of the season sailed in a storm',
      'Read more: Why the crossing lost money',
      'Contact Ana Pike at apike@example.com.',
      'Photos of the crossing were shown at the museum.',
    ].join('\n\n');
    const own = analyze({ text }).claims.filter((c) => c.quoteIds.length === 0);
    expect(own.map((c) => c.text)).toEqual(['The ferry will stop in May.', 'Photos of the crossing were shown at the museum.']);
  });

  it('names an unnamed outlet when the source has no publisher, and lists the attributed claims first', () => {
    const analysis = analyze({ text: 'The port closed at noon. Officials said the storm had passed.' });
    expect(analysis.claims.map((c) => c.quoteIds.length > 0)).toEqual([true, false]);
    expect(analysis.entities.find((e) => e.id === analysis.claims[1]?.speakerId)?.name).toBe(OUTLET_SPEAKER_NAME);
  });
});

describe('targets', () => {
  it('lists the entities a statement names and the countries it is aimed at, not its speaker', () => {
    const analysis = analyze({ text: 'Defense minister Ana Petrova warned Moscow that Warsaw would not back down.' });
    const claim = claimWith(analysis, 'Warsaw');
    const names = claim.targetIds.map((id) => analysis.entities.find((e) => e.id === id)?.name);
    expect(names).toEqual(['Russia', 'Poland']);
    expect(claim.targetIds).not.toContain(claim.speakerId);
  });

  it('reads two-word names of countries, and gathers a country\'s names into one entity', () => {
    const analysis = analyze({ text: 'Minister Ana Petrova said the United States and Washington’s allies would help North Korea.' });
    const claim = claimWith(analysis, 'United States');
    const targets = claim.targetIds.map((id) => analysis.entities.find((e) => e.id === id));
    expect(targets.map((e) => e?.name)).toEqual(['United States', 'North Korea']);
    expect(targets[0]?.aliases).toEqual(['Washington']);
  });
});
