/**
 * "Mayor of flooded Tessbury: “...”", "Friend of Ana Lind: “...”": before a headline's colon, a
 * name that is the object of "of" inside the speaker phrase (with a participle before it or not)
 * tells where the speaker is from or whose the speaker is; the whole phrase speaks. A name after a
 * noun that "of" takes ("Secretary of state Ana Lind") is still the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a name after "of" in a speaker phrase before a headline colon', () => {
  it('keeps the whole phrase for the speaker', () => {
    expect(spokenQuotes('Mayor of Dunmore: "We need more boats"')).toEqual([{ content: '"We need more boats"', cue: ':', speaker: 'Mayor of Dunmore' }]);
    expect(spokenQuotes('Sister of Tom Reed: "He never came home"')).toEqual([{ content: '"He never came home"', cue: ':', speaker: 'Sister of Tom Reed' }]);
  });

  it('keeps it with a participle before the name', () => {
    expect(spokenQuotes('Pastor of flooded Arnby: "We will rebuild"')).toEqual([{ content: '"We will rebuild"', cue: ':', speaker: 'Pastor of flooded Arnby' }]);
  });

  it('takes a name after a title with "of" alone', () => {
    expect(spokenQuotes('Secretary of state Ana Lind: "We will not back down"')).toEqual([{ content: '"We will not back down"', cue: ':', speaker: 'Ana Lind' }]);
    expect(spokenQuotes('Port Chair Ana Lind: "We will not back down"')).toEqual([{ content: '"We will not back down"', cue: ':', speaker: 'Ana Lind' }]);
  });
});
