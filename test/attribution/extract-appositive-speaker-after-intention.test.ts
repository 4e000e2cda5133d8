/**
 * "The port plans to dredge the channel, a spokeswoman, Ana Ruiz, said.": a speaker set off with
 * an appositive after a statement of intention is the subject of the closing cue. The intention
 * ends at the comma before the speaker, not running on as if the phrases were items of a list,
 * and the cue is no second verb of the intention's subject ("joked about it, praised the crew").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes } from './found-quotes.js';

describe('a speaker with an appositive after a statement of intention', () => {
  it('speaks the whole sentence when a description comes first', () => {
    expect(resolvedQuotes('The port plans to dredge the channel before winter, a spokeswoman, Ana Ruiz, said on Friday.')).toEqual([
      { content: 'The port plans to dredge the channel before winter', cue: 'said', speaker: 'a spokeswoman, Ana Ruiz', entity: 'Ana Ruiz', mode: 'indirect' },
    ]);
  });

  it('speaks the whole sentence when the name comes first', () => {
    expect(spokenQuotes('The ferry line wants to raise fares in May, Tom Okafor, its director, said.')).toEqual([
      { content: 'The ferry line wants to raise fares in May', cue: 'said', speaker: 'Tom Okafor, its director' },
    ]);
  });

  it('leaves a list after the intention in its content', () => {
    expect(spokenQuotes('The council wants to repair the pier, the boathouse, the old mill and the dock.')).toEqual([
      { content: 'to repair the pier, the boathouse, the old mill and the dock', cue: 'wants', speaker: 'The council' },
    ]);
  });
});
