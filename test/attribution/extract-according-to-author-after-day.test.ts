/**
 * "according to a report released Wednesday by the Harbor Safety Board": the named author after
 * "by" belongs to the source, as it does straight after the participle ("a report released by
 * ..."), when a day ("Wednesday", "on Monday") stands between the participle and "by".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('the author of a source after a day', () => {
  it('belongs to the source', () => {
    expect(spokenQuotes('The ferry listed before it sank, according to a report released Wednesday by the Coastal Safety Board.')).toEqual([
      { content: 'The ferry listed before it sank', cue: 'according to', speaker: 'a report released Wednesday by the Coastal Safety Board' },
    ]);
    expect(spokenQuotes('The ferry listed before it sank, according to a report issued on Monday by the Coastal Safety Board.')[0]?.speaker).toBe(
      'a report issued on Monday by the Coastal Safety Board',
    );
  });

  it('leaves a source dated without an author as it was', () => {
    expect(spokenQuotes('The ferry listed before it sank, according to a report released Wednesday.')[0]?.speaker).toBe('a report');
  });
});
