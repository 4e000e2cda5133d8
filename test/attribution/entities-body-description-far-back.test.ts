/**
 * "The Dunmore County Sheriff's Office said ... [many mentions later] ... the sheriff's office said":
 * a definite description of a body with a word besides its head ("the sheriff's office", "the
 * water department") takes up the body whose name holds its words even when other names came
 * between them, beyond the reach of a bare "the office".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const people = ['Ana Lind', 'Tom Reyes', 'Kai Berg', 'Mia Holt', 'Leo Strand', 'Eva Dahl', 'Ivo Brann', 'Uma Kell', 'Noor Vance', 'Otto Pruitt', 'Lena Voss', 'Rui Sato', 'Ada Marsh', 'Ben Rook', 'Cleo Finch', 'Dov Hale', 'Ema Stone'];

describe('a body taken up by a description far back', () => {
  it('resolves "the sheriff\'s office" to the office named paragraphs before', () => {
    const middle = people.map((name, i) => `${name} said road ${i + 1} was closed and ${name.split(' ')[1]} added that crews were out.`).join('\n\n');
    const text = `The Dunmore County Sheriff's Office said two roads were closed.\n\n${middle}\n\nLate on Friday, the sheriff's office said one road had reopened.`;
    const analysis = analyze({ text });
    const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
    const last = analysis.quotes[analysis.quotes.length - 1];
    expect(last?.speaker?.text).toBe("the sheriff's office");
    expect(names.get(last?.speaker?.entityId ?? '')).toBe("The Dunmore County Sheriff's Office");
  });
});
