/**
 * "said the plan had merit but stopped short of backing it": holding back after "but" ("stopped
 * short of", "stops short of") is the writer's report of the speaker's next act, as a refusal
 * after "but" is, not more of what was said; what the speaker held back from is a statement of
 * its own, as the cue after "short of" reads it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"but stopped short of" after a reported clause', () => {
  it('ends what was said before "but"', () => {
    expect(spokenQuotes('Tavares said the union would study the offer but stopped short of endorsing it.')).toEqual([
      { content: 'the union would study the offer', cue: 'said', speaker: 'Tavares' },
      { content: 'it', cue: 'endorsing', speaker: 'Tavares' },
    ]);
  });

  it('does so in the present too', () => {
    expect(spokenQuotes('The memo says the pier is unsafe but stops short of calling for its closure.')).toEqual([
      { content: 'the pier is unsafe', cue: 'says', speaker: 'The memo' },
      { content: 'its closure', cue: 'calling for', speaker: 'The memo' },
    ]);
  });
});
