/**
 * A description resolves to the holder of a role with the same head only when both name the
 * same office: "the foreign minister" is not "Prime Minister Clara Vidal", a deputy is not the
 * office holder, but a qualifier on one side only still finds the holder.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/** The entity each statement's speaker resolves to, in text order (the mention itself when it names no one earlier). */
function speakers(text: string): (string | undefined)[] {
  return resolvedQuotes(text).map((quote) => quote.entity);
}

describe('descriptions and the offices they name', () => {
  it('keeps a minister with another portfolio apart from the prime minister', () => {
    const text = 'Prime Minister Clara Vidal said the summit would go ahead. The foreign minister said the date was not fixed.';
    expect(speakers(text)).toEqual(['Clara Vidal', 'The foreign minister']);
  });

  it('keeps the defense secretary apart from the Secretary of State', () => {
    const text = 'Secretary of State Mara Quill said the talks were useful. The defense secretary said the troops would stay.';
    expect(speakers(text)).toEqual(['Mara Quill', 'The defense secretary']);
  });

  it('keeps the deputy apart from the office holder, either way round', () => {
    expect(speakers('Minister Ana Lind said the plan was sound. The deputy minister said it was late.')).toEqual(['Ana Lind', 'The deputy minister']);
    expect(speakers('Vice President Tom Reyes said the vote would pass. The president said it would not.')).toEqual(['Tom Reyes', 'The president']);
    expect(speakers('Shadow chancellor Mel Ross said taxes would rise. The chancellor said they would not.')).toEqual(['Mel Ross', 'The chancellor']);
  });

  it('still finds the holder when only one side names the office', () => {
    expect(speakers('Foreign Minister Ana Lind said the plan was sound. The minister said it was late.')).toEqual(['Ana Lind', 'Ana Lind']);
    expect(speakers('Minister Ana Lind said the plan was sound. The foreign minister said it was late.')).toEqual(['Ana Lind', 'Ana Lind']);
    expect(speakers('Polish Prime Minister Jan Nowicki said the plan was sound. The prime minister said it was late.')).toEqual(['Jan Nowicki', 'Jan Nowicki']);
  });

  it('lets a rank word differ: the senior adviser is the top adviser named before', () => {
    expect(speakers('Top adviser Lena Ortiz said the bill was ready. The senior adviser said it would pass.')).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });
});
