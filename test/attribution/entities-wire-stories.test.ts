/**
 * Invented wire stories (a summit, a court case, a company, a disaster, an election, a strike
 * with competing claims) with the entity each statement's speaker resolves to: descriptions
 * before names, surnames after full names, spokespeople, pronouns across paragraphs and
 * governments named by their capitals.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

interface Story {
  readonly title: string;
  readonly text: string;
  /** Statements by the start of their content, with the entity name and kind their speaker resolves to. */
  readonly statements: readonly (readonly [content: string, entity: string, kind: string])[];
}

const STORIES: readonly Story[] = [
  {
    title: 'an election with an aide to a candidate',
    text: [
      "LINDHAVEN, Norvia (Wire) — Opposition leader Erik Sand claimed victory in Norvia's presidential election on Sunday, but the electoral commission said counting was not finished.",
      'Sand told supporters in the capital that the result was "a new beginning." He said he would form a government of national unity.',
      'The incumbent, President Vera Kohl, said she would wait for the official count. Kohl said in a televised address that the vote had been peaceful.',
      'The electoral commission said turnout was 71 percent. Commission chairman Jonas Pell said results would be announced on Tuesday.',
      'A campaign aide to Sand said the opposition had won in all large cities. The aide said Sand would not accept a runoff.',
      "Kohl's party said the opposition was spreading false results. The party said it would file complaints in three districts.",
      'Senator Ruth Aldo, a Kohl ally, said the president would respect the outcome. Senator Lars Bie, who backs Sand, said the count was being delayed on purpose.',
      'Sand said late on Sunday that he had spoken with Kohl.',
    ].join('\n\n'),
    statements: [
      ['counting was not finished', 'the electoral commission', 'organization'],
      ['the result was', 'Erik Sand', 'person'],
      ['he would form a government', 'Erik Sand', 'person'],
      ['she would wait for the official count', 'Vera Kohl', 'person'],
      ['turnout was 71 percent', 'the electoral commission', 'organization'],
      ['results would be announced', 'Jonas Pell', 'person'],
      ['the opposition had won', 'A campaign aide to Sand', 'person'],
      ['Sand would not accept a runoff', 'A campaign aide to Sand', 'person'],
      ['it would file complaints', "Kohl's party", 'organization'],
      ['the president would respect', 'Ruth Aldo', 'person'],
      ['the count was being delayed', 'Lars Bie', 'person'],
      ['he had spoken with Kohl', 'Erik Sand', 'person'],
    ],
  },
];

describe('invented wire stories: every statement with its resolved speaker', () => {
  it.each(STORIES.map((story) => [story.title, story] as const))('%s', (_title, story) => {
    const analysis = analyze({ text: story.text });
    const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
    const found = story.statements.map(([content]) => {
      const quote = analysis.quotes.find((q) => q.content.exact.startsWith(content));
      if (quote === undefined) return [content, '(no statement)', ''];
      const entity = byId.get(quote.speaker?.entityId ?? '');
      return [content, entity?.name ?? '(unresolved)', entity?.kind ?? ''];
    });
    expect(found).toEqual(story.statements);
  });
});
