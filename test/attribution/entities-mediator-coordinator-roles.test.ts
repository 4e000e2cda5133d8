/**
 * Those who broker talks or run relief ("mediator", "arbitrator", "coordinator", "organiser",
 * "nurse", "medic") hold roles like other jobs: as a title before a name ("Mediator Ana Lind") or
 * in an appositive ("Ilse Varga, the aid coordinator"), so "the mediator" later names the holder.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { attributedQuotes as statementsOf } from './found-quotes.js';


describe('roles of mediators and relief workers', () => {
  it('reads "Mediator" before a name as a title that "the mediator" names later', () => {
    const text = 'Mediator Joss Arnveld said the talks would resume on Thursday. The mediator said both sides had moved on overtime.';
    expect(statementsOf(text)).toEqual([
      { content: 'the talks would resume on Thursday', cue: 'said', speaker: 'Mediator Joss Arnveld', entity: 'Joss Arnveld' },
      { content: 'both sides had moved on overtime', cue: 'said', speaker: 'The mediator', entity: 'Joss Arnveld' },
    ]);
  });

  it('gives an appositive coordinator a role', () => {
    const text = '“The clinics are overwhelmed,” said Ilse Varga, the relief coordinator for the valley.';
    expect(statementsOf(text)).toEqual([
      { content: '“The clinics are overwhelmed,”', cue: 'said', speaker: 'Ilse Varga, the relief coordinator for the valley', entity: 'Ilse Varga' },
    ]);
    expect(analyze({ text }).entities.find((entity) => entity.name === 'Ilse Varga')?.roles).toEqual([{ title: 'relief coordinator', affiliation: 'valley' }]);
  });
});
