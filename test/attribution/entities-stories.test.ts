/**
 * Whole invented news stories, the way wire services and business desks write them, each with
 * the entity every statement's speaker should resolve to. Single rules are tested sentence by
 * sentence elsewhere; here they have to work together across paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

interface Story {
  readonly title: string;
  readonly text: string;
  /** For each statement, in text order: the start of its content and the entity its speaker resolves to. */
  readonly statements: readonly (readonly [content: string, entity: string])[];
}

const STORIES: readonly Story[] = [
  {
    title: 'a summit with particles, descriptions and a possessive',
    text: [
      'VARDA, Elbonia (Wire) — Council President Greta von der Aue said on Monday that the bloc would send envoys to the border talks.',
      '"We will not stand aside," Von der Aue told lawmakers in Varda.',
      'A senior Elbonian official, speaking on condition of anonymity, said the envoys had met rebel leaders twice. The official declined to say where.',
      'Interim leader Karim al-Haddad said the border would reopen in May. Al-Haddad added that trade would follow.',
      "Al-Haddad's office said in a statement that the crossings were safe.",
      'He has previously said the rebels must disarm first.',
    ].join('\n\n'),
    statements: [
      ['the bloc would send envoys', 'Greta von der Aue'],
      ['"We will not stand aside,"', 'Greta von der Aue'],
      ['the envoys had met rebel leaders twice', 'A senior Elbonian official'],
      ['to say where', 'A senior Elbonian official'],
      ['the border would reopen in May', 'Karim al-Haddad'],
      ['trade would follow', 'Karim al-Haddad'],
      ['the crossings were safe', "Al-Haddad's office"],
      ['the rebels must disarm first', 'Karim al-Haddad'],
    ],
  },
  {
    title: 'a company story with its kind, its chief and analysts',
    text: [
      'Drugmaker Halvex said on Thursday its experimental pill cut the risk of strokes by a fifth in a late-stage trial.',
      '"These are the strongest results we have seen," Chief Executive Priya Raman told analysts on a call. She said a filing would follow in the spring.',
      'The company expects to spend more on research next year, it said in a statement.',
      'Analysts at Barcley said the results were better than expected.',
      'Nora Kell, a researcher at the Tern Institute, said the benefit was "modest at best." Kell added that the trial was short.',
    ].join('\n\n'),
    statements: [
      ['its experimental pill', 'Halvex'],
      ['"These are the strongest results', 'Priya Raman'],
      ['a filing would follow', 'Priya Raman'],
      ['The company expects', 'Halvex'],
      ['the results were better', 'Analysts at Barcley'],
      ['the benefit was', 'Nora Kell'],
      ['the trial was short', 'Nora Kell'],
    ],
  },
  {
    title: 'a political story with a pair of speakers, supporters and an outlet',
    text: [
      'Senator Lia Pompey and Senator Ivo Dran said on Tuesday that the bridge bill would pass.',
      'Supporters of Ana Pike said the vote was rigged. Pike did not comment.',
      'The newspaper La Voce reported that the count had been delayed. La Voce said the delay lasted two hours.',
      "Pompey's warning echoed those of the mayors.",
    ].join('\n\n'),
    statements: [
      ['the bridge bill would pass', 'Senator Lia Pompey and Senator Ivo Dran'],
      ['the vote was rigged', 'Supporters of Ana Pike'],
      ['the count had been delayed', 'La Voce'],
      ['the delay lasted two hours', 'La Voce'],
      ['those of the mayors', 'Lia Pompey'],
    ],
  },
];

describe('invented stories: every statement with its resolved speaker', () => {
  it.each(STORIES.map((story) => [story.title, story] as const))('%s', (_title, story) => {
    const analysis = analyze({ text: story.text });
    const nameOf = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
    const found = story.statements.map(([content]) => {
      const quote = analysis.quotes.find((q) => q.content.exact.startsWith(content));
      return [content, quote === undefined ? '(no statement)' : (nameOf.get(quote.speaker?.entityId ?? '') ?? '(unresolved)')];
    });
    expect(found).toEqual(story.statements);
  });
});
