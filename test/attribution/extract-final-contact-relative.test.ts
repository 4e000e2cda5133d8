/**
 * A phrase closing the sentence after a comma comments on what was said when its relative clause
 * opens with a pronoun subject and no "that" ("a sign of the resolve she is bringing"), as it does
 * with "that" or "which". So it does when the relative clause's subject is a noun phrase opened by
 * a determiner right after the noun ("a plan the harbor board has since revised").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a final appositive with a relative clause without "that"', () => {
  it('ends a clause before ", a" and a phrase whose relative clause opens with a pronoun subject', () => {
    expect(quotesIn('Kell said she would return to the harbor on Friday, a clear sign of the resolve she is bringing to the race.')).toEqual([
      { content: 'she would return to the harbor on Friday', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('ends an object before ", a step they believe ...", which reports a belief of its own', () => {
    expect(quotesIn('Aides voiced frustration over the delay, a step they believe could unite the party.')).toEqual([
      { content: 'the delay', cue: 'voiced', speaker: 'Aides' },
      { content: 'a step they believe could unite the party', cue: 'believe', speaker: 'they' },
    ]);
  });

  it('keeps the phrase when a comma inside it leads on to a clause of what was said', () => {
    expect(quotesIn('Kell said the council passed a plan, a step she backed, and the mayor signed it.')).toEqual([
      { content: 'the council passed a plan, a step she backed, and the mayor signed it', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('ends a clause before ", a" and a phrase whose relative clause opens with a noun phrase subject', () => {
    expect(quotesIn('Ms. Varga said the town should sell the old ferry pier, a plan the harbor board has since revised twice.')).toEqual([
      { content: 'the town should sell the old ferry pier', cue: 'said', speaker: 'Ms. Varga' },
    ]);
    expect(quotesIn('Ms. Varga said the town should sell the old ferry pier, an idea several river towns tried last winter.')).toEqual([
      { content: 'the town should sell the old ferry pier', cue: 'said', speaker: 'Ms. Varga' },
    ]);
  });

  it('keeps a closing phrase whose determiner follows a preposition, which opens no relative clause', () => {
    expect(quotesIn('Ms. Varga said the pilots would strike on Monday, a week after the harbor board had cut their fees.')).toEqual([
      { content: 'the pilots would strike on Monday, a week after the harbor board had cut their fees', cue: 'said', speaker: 'Ms. Varga' },
    ]);
  });
});
