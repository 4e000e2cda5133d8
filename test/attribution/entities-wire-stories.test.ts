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
    title: 'a summit whose lede names the chancellor by her office first',
    text: [
      'BRELLO, Tavaria (Wire) — The chancellor of Tavaria warned on Monday that the summit could collapse. Chancellor Ana Reyes said the talks on grain exports had stalled over tariffs.',
      '"We came here in good faith," Reyes told reporters outside the conference hall. She said her delegation would stay until Wednesday.',
      'Prime Minister Olek Varga of Dunmark said his government was ready to compromise. Varga added that a deal was "within reach."',
      'Kremlin spokesman Pavel Sorin said the Russian delegation had not received the draft. Sorin told reporters that Moscow would study it carefully.',
      'Moscow said later in a statement that the draft was unbalanced.',
      'A spokesperson for the Tavarian foreign ministry said the chancellor had met Varga twice. The ministry said the meetings were constructive.',
      'Two diplomats familiar with the talks said the tariff dispute was the main obstacle. They said a compromise might come on Tuesday.',
      'The foreign minister of Dunmark, Lise Holm, said she expected a joint statement. Holm said it would cover grain and fertiliser.',
      'Reyes said late on Monday that she was "cautiously hopeful."',
      'The European Commission said it welcomed the progress. It said the deal must respect existing rules.',
    ].join('\n\n'),
    statements: [
      ['the summit could collapse', 'Ana Reyes', 'person'],
      ['the talks on grain exports', 'Ana Reyes', 'person'],
      ['"We came here in good faith,"', 'Ana Reyes', 'person'],
      ['her delegation would stay', 'Ana Reyes', 'person'],
      ['his government was ready', 'Olek Varga', 'person'],
      ['a deal was', 'Olek Varga', 'person'],
      ['the Russian delegation', 'Pavel Sorin', 'person'],
      ['Moscow would study it', 'Pavel Sorin', 'person'],
      ['the draft was unbalanced', 'Moscow', 'government'],
      ['the chancellor had met Varga', 'A spokesperson for the Tavarian foreign ministry', 'person'],
      ['the meetings were constructive', 'The ministry', 'government'],
      ['the tariff dispute', 'Two diplomats familiar with the talks', 'group'],
      ['a compromise might come', 'Two diplomats familiar with the talks', 'group'],
      ['she expected a joint statement', 'Lise Holm', 'person'],
      ['it would cover grain', 'Lise Holm', 'person'],
      ['she was "cautiously hopeful."', 'Ana Reyes', 'person'],
      ['it welcomed the progress', 'European Commission', 'government'],
      ['the deal must respect', 'European Commission', 'government'],
    ],
  },
  {
    title: 'a court case whose lede calls the judge "a federal judge"',
    text: [
      "KERRIDGE, Ostland (Wire) — A federal judge on Thursday blocked the state's new voting law, ruling that it placed an unfair burden on older voters.",
      'U.S. District Judge Marta Ellison said the law "cannot stand as written." Ellison wrote that the state had offered no evidence of fraud.',
      "The state's attorney general, Dan Whitcomb, said he would appeal. Whitcomb told reporters the ruling ignored the legislature's authority.",
      '"This is a victory for every voter," said Rosa Linde, a lawyer for the plaintiffs. Linde said her clients had waited two years for the decision.',
      'The court said the law would remain blocked while the appeal proceeds.',
      'Governor Tom Brack said in a statement that he was disappointed. The governor said the state would ask a higher court to intervene.',
      'A spokesman for the governor said Brack had not decided whether to call a special session. He said the governor would meet legislative leaders next week.',
      'The Justice Department said it was reviewing the decision.',
      'Ellison said the plaintiffs had shown that they would suffer irreparable harm.',
    ].join('\n\n'),
    statements: [
      ['it placed an unfair burden', 'Marta Ellison', 'person'],
      ['the law "cannot stand', 'Marta Ellison', 'person'],
      ['the state had offered', 'Marta Ellison', 'person'],
      ['he would appeal', 'Dan Whitcomb', 'person'],
      ['the ruling ignored', 'Dan Whitcomb', 'person'],
      ['"This is a victory', 'Rosa Linde', 'person'],
      ['her clients had waited', 'Rosa Linde', 'person'],
      ['the law would remain blocked', 'The court', 'organization'],
      ['he was disappointed', 'Tom Brack', 'person'],
      ['the state would ask', 'Tom Brack', 'person'],
      ['Brack had not decided', 'A spokesman for the governor', 'person'],
      ['the governor would meet', 'A spokesman for the governor', 'person'],
      ['it was reviewing the decision', 'The Justice Department', 'organization'],
      ['the plaintiffs had shown', 'Marta Ellison', 'person'],
    ],
  },
  {
    title: 'a senator named before a former senator is not the former one',
    text: [
      'The senator told supporters on Tuesday that the race was far from over. The crowd cheered.',
      'He spoke a day after former senator Tom Reyes endorsed his rival. Mayor Ana Pike said the endorsement changed nothing.',
    ].join('\n\n'),
    statements: [
      ['the race was far from over', 'The senator', 'person'],
      ['the endorsement changed nothing', 'Ana Pike', 'person'],
    ],
  },
  {
    title: 'a strike with competing claims from a military, ministers and a rights group',
    text: [
      "ZAREM, Kestria (Wire) — Kestria's military said on Wednesday it had struck an arms depot near the border, while the neighbouring government said the missiles hit a school.",
      'Army spokesman Colonel Yusuf Barak said the strike destroyed rockets bound for militants. Barak said no civilians were in the area.',
      'The Tarvosi foreign ministry said Kestria had committed "a crime."',
      'Tarvosi Foreign Minister Lena Okon said her country would take the matter to the United Nations. Okon told reporters that Kestria would pay a price.',
      'Defence Minister Aram Tekin said Kestria had acted in self-defence. Tekin said the militants had fired 30 rockets in a week.',
      'A State Department spokesman said the United States was "deeply concerned."',
      'Human rights groups said the strike should be investigated. Amnesty International said it had documented damage to the school.',
      'The Kestrian government said it would share evidence with the United Nations.',
    ].join('\n\n'),
    statements: [
      ['it had struck an arms depot', "Kestria's military", 'organization'],
      ['the missiles hit a school', 'the neighbouring government', 'government'],
      ['the strike destroyed rockets', 'Yusuf Barak', 'person'],
      ['no civilians were in the area', 'Yusuf Barak', 'person'],
      ['Kestria had committed', 'The Tarvosi foreign ministry', 'government'],
      ['her country would take', 'Lena Okon', 'person'],
      ['Kestria would pay a price', 'Lena Okon', 'person'],
      ['Kestria had acted', 'Aram Tekin', 'person'],
      ['the militants had fired', 'Aram Tekin', 'person'],
      ['the United States was', 'A State Department spokesman', 'person'],
      ['the strike should be investigated', 'Human rights groups', 'group'],
      ['it had documented damage', 'Amnesty International', 'organization'],
      ['it would share evidence', 'The Kestrian government', 'government'],
    ],
  },
  {
    title: 'an election mission and a watchdog named by their kind',
    text: [
      'ODRA, Velmark (Wire) — Voters in Velmark chose a new parliament on Sunday in an election that observers called calm. Turnout was high.',
      'Observers from the regional monitoring mission said the vote was largely free. The mission said it had recorded some irregularities in rural areas.',
      'Ballot Watch, a local monitoring group, said the count was slow. It said its volunteers had been turned away at two polling stations.',
    ].join('\n\n'),
    statements: [
      ['the vote was largely free', 'Observers from the regional monitoring mission', 'group'],
      ['it had recorded some irregularities', 'The mission', 'organization'],
      ['the count was slow', 'Ballot Watch', 'organization'],
      ['its volunteers had been turned away', 'Ballot Watch', 'organization'],
    ],
  },
  {
    title: 'two ministers in a budget row, their allies and a central bank',
    text: [
      'HALDEN, Brevia (Wire) — Two ministers clashed on Friday over the budget, as the finance minister accused the defence minister of hiding costs.',
      'Finance Minister Clara Vidal said the defence ministry had overspent by 2 billion crowns. "The numbers do not add up," Vidal said.',
      'Defence Minister Omar Feld said the charge was false. Feld told parliament that every contract had been approved.',
      'Prime Minister Ingrid Sol said she had full confidence in both ministers. A government spokesman said Sol would meet them on Monday.',
      'Opposition lawmakers said the dispute showed the coalition was falling apart. Their leader, Petra Lund, said an early election was now likely.',
      'Vidal, who has served since 2021, said she would not resign. She added that the treasury would audit the ministry.',
      'People close to Feld said he felt betrayed. A person close to Sol said the prime minister was furious.',
      "Brevia's central bank said the dispute had not affected markets. Its governor, Anders Moe, said bond yields were stable.",
    ].join('\n\n'),
    statements: [
      ['the defence ministry had overspent', 'Clara Vidal', 'person'],
      ['"The numbers do not add up,"', 'Clara Vidal', 'person'],
      ['the charge was false', 'Omar Feld', 'person'],
      ['she had full confidence', 'Ingrid Sol', 'person'],
      ['Sol would meet them', 'A government spokesman', 'person'],
      ['the dispute showed', 'Opposition lawmakers', 'group'],
      ['an early election', 'Petra Lund', 'person'],
      ['she would not resign', 'Clara Vidal', 'person'],
      ['the treasury would audit', 'Clara Vidal', 'person'],
      ['he felt betrayed', 'People close to Feld', 'group'],
      ['the prime minister was furious', 'A person close to Sol', 'person'],
      ['the dispute had not affected', "Brevia's central bank", 'organization'],
      ['bond yields were stable', 'Anders Moe', 'person'],
    ],
  },
  {
    title: 'a cyberattack on a shipping group, with police, an agency and a dockworker',
    text: [
      'TORVIK (Wire) — Shipping group Nordlane said on Monday that a cyberattack had disrupted its operations at four ports, and that it did not know when systems would be restored.',
      'The Torvik-based company said customer data may have been stolen. Nordlane\'s chief executive, Jonas Berg, said the attack was "sophisticated and deliberate."',
      'Berg said the company had called in police and outside experts. He told reporters it was too early to say who was behind the attack.',
      'Police said they had opened an investigation. A police spokeswoman said officers were working with the national cyber agency.',
      'A person familiar with the matter said the attackers had demanded a ransom. The person said Nordlane had not paid.',
      'Dockworkers at the port of Sella said cargo was piling up. "We are loading by hand," said Erik Holm, a crane operator. Holm said shifts had been doubled.',
      'Rights group Harbor Light said the crews had not been paid for a week.',
    ].join('\n\n'),
    statements: [
      ['a cyberattack had disrupted', 'Nordlane', 'organization'],
      ['customer data may have been stolen', 'Nordlane', 'organization'],
      ['the attack was', 'Jonas Berg', 'person'],
      ['the company had called in police', 'Jonas Berg', 'person'],
      ['it was too early', 'Jonas Berg', 'person'],
      ['officers were working', 'A police spokeswoman', 'person'],
      ['the attackers had demanded', 'A person familiar with the matter', 'person'],
      ['Nordlane had not paid', 'A person familiar with the matter', 'person'],
      ['cargo was piling up', 'Dockworkers at the port of Sella', 'group'],
      ['"We are loading by hand,"', 'Erik Holm', 'person'],
      ['shifts had been doubled', 'Erik Holm', 'person'],
      ['the crews had not been paid', 'Harbor Light', 'organization'],
    ],
  },
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
