/**
 * A public body named once in full and then by the kind of body it is: "The Harbor Safety
 * Administration said ... the agency said" is one entity; a description with words the name
 * lacks ("the customs agency") is not taken for it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): (string | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name);
}

describe('"the agency" for the body named before', () => {
  it('resolves a bare kind of body to the body', () => {
    expect(speakersOf('The Harbor Safety Administration said two ferries were unsafe. No one was hurt, the agency said.')).toEqual([
      'The Harbor Safety Administration',
      'The Harbor Safety Administration',
    ]);
  });

  it('resolves a description whose words are in the name', () => {
    expect(speakersOf('The Valmer Budget Office said the deficit would grow. The budget office said taxes would rise.')).toEqual([
      'Valmer Budget Office',
      'Valmer Budget Office',
    ]);
  });

  it('keeps a description with a word the name lacks apart', () => {
    const speakers = speakersOf('The Harbor Safety Administration said two ferries were unsafe. The customs agency said they carried no cargo.');
    expect(speakers[0]).toBe('The Harbor Safety Administration');
    expect(speakers[1]).not.toBe('The Harbor Safety Administration');
  });

  it('does not take a company for an agency', () => {
    const speakers = speakersOf('Brandt Foods said it would close the plant. The agency said it had not been told.');
    expect(speakers[1]).not.toBe('Brandt Foods');
  });
});

describe('an acronym after the body it stands for', () => {
  it('is the same entity, the acronym one of its names', () => {
    const analysis = analyze({ text: 'The Harbor Safety Administration said two ferries were unsafe.\n\nThe HSA said it would inspect the rest.' });
    expect(analysis.entities.filter((entity) => entity.kind !== 'outlet').map((entity) => [entity.name, entity.aliases])).toEqual([['The Harbor Safety Administration', ['HSA']]]);
    expect(new Set(analysis.quotes.map((quote) => quote.speaker?.entityId)).size).toBe(1);
  });

  it('keeps an acronym whose letters fit no body named before apart', () => {
    const analysis = analyze({ text: 'The Harbor Safety Administration said two ferries were unsafe.\n\nThe HFA said it would inspect the rest.' });
    expect(new Set(analysis.quotes.map((quote) => quote.speaker?.entityId)).size).toBe(2);
  });
});

describe('a plural of a trade at the start of a sentence', () => {
  function kindsOf(text: string): [string, string][] {
    return analyze({ text }).entities.filter((entity) => entity.kind !== 'outlet').map((entity) => [entity.name, entity.kind]);
  }

  it('is a group, not a person named so', () => {
    expect(kindsOf('Doctors urged patients not to stop the pills.')).toEqual([['Doctors', 'group']]);
    expect(kindsOf('Attorneys said the ruling was wrong.')).toEqual([['Attorneys', 'group']]);
    expect(kindsOf('Forecasters warned that the levees could fail.')).toEqual([['Forecasters', 'group']]);
    expect(kindsOf('Investigators said the fire began in a kitchen.')).toEqual([['Investigators', 'group']]);
  });

  it('reads a delegation, a panel or a jury as a body', () => {
    expect(kindsOf("Norway's delegation warned that the stocks were low.")).toEqual([["Norway's delegation", 'organization']]);
    expect(kindsOf('The panel found that the dam was unsafe.')).toEqual([['The panel', 'organization']]);
  });

  it('speaks a headline after its colon', () => {
    const analysis = analyze({ text: 'Economists: Slump Is Near\n\nThe slump may come in spring, the report said.' });
    expect(analysis.quotes[0]?.speaker?.anchor.exact).toBe('Economists');
    expect(analysis.quotes[0]?.content.exact).toBe('Slump Is Near');
  });
});
