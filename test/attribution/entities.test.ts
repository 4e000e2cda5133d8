/**
 * The executable spec of entity resolution: one small
 * hand-written text per rule, each asserting the entity a speaker mention resolves to. The texts
 * are made up; the seed article is tested against its gold in `entities.seed.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, ClaimtrailError, type Analysis, type AnalyzeOptions, type Entity, type KnownEntityInput } from '../../src/index.js';

/** The entity each quote's speaker resolves to, in quote order (undefined when unresolved). */
function speakers(analysis: Analysis): (string | undefined)[] {
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  return analysis.quotes.map((quote) => (quote.speaker?.entityId === undefined ? undefined : byId.get(quote.speaker.entityId)?.name));
}

/** The entity that the first quote whose speaker mention is `mention` resolves to. */
function resolved(text: string, mention: string, options?: AnalyzeOptions): Entity | undefined {
  const analysis = analyze({ text }, options);
  const quote = analysis.quotes.find((q) => q.speaker?.text === mention);
  expect(quote, `a quote spoken by "${mention}"`).toBeDefined();
  return analysis.entities.find((entity) => entity.id === quote?.speaker?.entityId);
}

describe('names', () => {
  it('resolves a surname alone to the full name given earlier', () => {
    const entity = resolved('Marta Kowalczyk opened the hearing on Monday. Kowalczyk said the budget would shrink.', 'Kowalczyk');
    expect(entity?.name).toBe('Marta Kowalczyk');
    expect(entity?.aliases).toEqual(['Kowalczyk']);
  });

  it('resolves a full name given after the surname to one entity named by the full name', () => {
    const analysis = analyze({ text: 'Brandt said the port would reopen. Port director Elias Brandt added that wages would rise.' });
    expect(speakers(analysis)).toEqual(['Elias Brandt', 'Elias Brandt']);
    expect(analysis.entities).toHaveLength(1);
  });

  it('keeps two people with the same surname apart by their given names', () => {
    const analysis = analyze({ text: 'Anna Lind said the vote was close. Erik Lind said the vote was fair.' });
    expect(speakers(analysis)).toEqual(['Anna Lind', 'Erik Lind']);
  });

  it('strips honorifics and the possessive ’s for matching: "Mr. Okafor", "Okafor’s"', () => {
    const analysis = analyze({ text: 'Mr. Samuel Okafor arrived late. Okafor’s plan was rejected. Mr. Okafor said he would try again.' });
    expect(speakers(analysis)).toEqual(['Samuel Okafor']);
    const okafor = analysis.mentions.filter((mention) => mention.entityId === analysis.entities[0]?.id).map((mention) => mention.text);
    expect(okafor).toEqual(['Mr. Samuel Okafor', 'Okafor’s', 'Mr. Okafor']);
  });

  it('captures a member of a body as a role: "Council member Jo Lind"', () => {
    expect(resolved('Council member Jo Lind said the delay would cost the city dearly.', 'Council member Jo Lind')).toMatchObject({
      name: 'Jo Lind',
      roles: [{ title: 'Council member' }],
    });
  });

  it('captures the title before a name into the entity’s roles, as written', () => {
    const entity = resolved('Harbor Commissioner Dana Whitfield said the cranes were too old.', 'Harbor Commissioner Dana Whitfield');
    expect(entity).toMatchObject({ name: 'Dana Whitfield', kind: 'person', roles: [{ title: 'Harbor Commissioner' }] });
  });

  it('reads MP, MEP and MSP as titles: "Labour MP Jane Holt"', () => {
    expect(resolved('Labour MP Jane Holt said the ferry bill would pass.', 'Labour MP Jane Holt')).toMatchObject({ name: 'Jane Holt', roles: [{ title: 'Labour MP' }] });
    expect(resolved('Green MEP Tomas Vild said the fishing quota was too low.', 'Green MEP Tomas Vild')).toMatchObject({ name: 'Tomas Vild', roles: [{ title: 'Green MEP' }] });
    expect(resolved('Veteran MSP Iona Baird said the ferry contract was a scandal.', 'Veteran MSP Iona Baird')).toMatchObject({ name: 'Iona Baird', roles: [{ title: 'Veteran MSP' }] });
  });

  it('keeps the place of "Mayor of London" in the title, not in the name', () => {
    expect(resolved('Mayor of London Jane Holt said the tram fares would fall.', 'Mayor of London Jane Holt')).toMatchObject({ name: 'Jane Holt', roles: [{ title: 'Mayor of London' }] });
    expect(resolved('Mayor of Kestrel Vale Ines Korb said the bridge would reopen.', 'Mayor of Kestrel Vale Ines Korb')).toMatchObject({ name: 'Ines Korb', roles: [{ title: 'Mayor of Kestrel Vale' }] });
    expect(resolved('The Mayor of London said the tram fares would fall.', 'The Mayor of London')?.kind).toBe('person');
  });

  it('resolves a name followed by its place or body to the person: "Sen. Howard Pike of Ohio", "(R-Ohio)"', () => {
    expect(resolved('Sen. Howard Pike of Ohio said the emails were damning.', 'Sen. Howard Pike of Ohio')).toMatchObject({
      name: 'Howard Pike',
      kind: 'person',
      roles: [{ title: 'Sen.', affiliation: 'Ohio' }],
    });
    expect(resolved('Sen. Howard Pike (R-Ohio) said the emails were damning.', 'Sen. Howard Pike (R-Ohio)')).toMatchObject({
      name: 'Howard Pike',
      roles: [{ title: 'Sen.', affiliation: 'R-Ohio' }],
    });
    expect(resolved('Professor Ana Ruiz of Keswick University said the survey was flawed.', 'Professor Ana Ruiz of Keswick University')).toMatchObject({
      name: 'Ana Ruiz',
      roles: [{ title: 'Professor', affiliation: 'Keswick University' }],
    });
    const analysis = analyze({ text: 'The board heard Gov. Tessa Marlow of Kestrel, who said the dam was safe.' });
    expect(speakers(analysis)).toEqual(['Tessa Marlow']);
    expect(analysis.entities.map((entity) => entity.name)).toEqual(['Tessa Marlow']);
  });

  it('reads job words at a sentence’s start as titles: "Resident Tom Ashby", "Township Administrator"', () => {
    for (const title of ['Resident', 'Guard', 'Shopkeeper', 'Superintendent', 'Administrator', 'Township Administrator', 'Coach', 'Councilor']) {
      expect(resolved(`${title} Tom Ashby said the vote was a betrayal.`, `${title} Tom Ashby`), title).toMatchObject({ name: 'Tom Ashby', roles: [{ title }] });
    }
    // The role names him later, and a guard's body is no person.
    expect(resolved('Resident Tom Ashby said the vote was a betrayal. The resident added that he would appeal.', 'The resident')?.name).toBe('Tom Ashby');
    expect(resolved('The Coast Guard said the ferry had run aground.', 'The Coast Guard')?.kind).toBe('organization');
  });

  it('keeps lower-case words before a title’s head in the title: "Former police chief"', () => {
    expect(resolved('Former police chief Ana Roth said the force was too small.', 'Former police chief Ana Roth')?.roles).toEqual([{ title: 'Former police chief' }]);
    expect(resolved('Regional transport commissioner Milo Brandt said the buses would run.', 'Regional transport commissioner Milo Brandt')?.roles).toEqual([
      { title: 'Regional transport commissioner' },
    ]);
    // A verb before them is no part of it.
    expect(resolved('The council fired police chief Ana Roth on Monday. Roth said she would appeal.', 'Roth')?.roles).toEqual([{ title: 'chief' }]);
  });

  it('keeps verbs, prepositions and plurals out of a title, and splits "Mayor of X" only at a given name', () => {
    expect(resolved('Voters still cite the reason President Ana Pike won. Pike said the count was fair.', 'Pike')?.roles).toEqual([{ title: 'President' }]);
    expect(resolved('Ana Pike put her weight behind President Tom Reyes. Reyes said the count was fair.', 'Reyes')?.roles).toEqual([{ title: 'President' }]);
    expect(resolved('Rival candidates Sen. Ana Pike and Tom Reyes met. Pike said the debate was fair.', 'Pike')?.roles).toEqual([{ title: 'Sen.' }]);
  });

  it('records the title on a name mentioned inside a sentence: "former Mayor Ruth Alder’s"', () => {
    const analysis = analyze({ text: 'The council rejected former Mayor Ruth Alder’s budget. Alder said the cuts were needed.' });
    const mention = analysis.mentions.find((m) => m.text === 'former Mayor Ruth Alder’s');
    expect(mention).toMatchObject({ kind: 'name', title: 'former Mayor' });
    expect(analysis.entities.find((entity) => entity.id === mention?.entityId)).toMatchObject({ name: 'Ruth Alder', roles: [{ title: 'former Mayor' }] });
    expect(speakers(analysis).at(-1)).toBe('Ruth Alder');
  });

  it('folds transliteration variants: Yury/Yuri, Zelenskyy/Zelenskiy', () => {
    expect(resolved('Mayor Yury Petrenko spoke on Friday. Yuri Petrenko said the square would be rebuilt.', 'Yuri Petrenko')?.name).toBe('Yury Petrenko');
    expect(resolved('Deputy Minister Oleksandr Zelenskyy arrived. Zelenskiy said the grain deal would hold.', 'Zelenskiy')?.name).toBe('Oleksandr Zelenskyy');
  });

  it('folds diacritics: "Jose Nunez" is "José Núñez"', () => {
    expect(resolved('José Núñez arrived late. Jose Nunez said the plant would close.', 'Jose Nunez')?.name).toBe('José Núñez');
  });

  it('resolves a run-on headline speaker to the entity whose name ends it', () => {
    const text = 'Harbor Strike Talks Whitfield: “We Will Not Back Down”\n\nHarbor Commissioner Dana Whitfield met the union on Monday.';
    expect(resolved(text, 'Harbor Strike Talks Whitfield')?.name).toBe('Dana Whitfield');
  });
});

describe('descriptions', () => {
  it('matches a description to a role by the side its place words stand for: "the Kremlin leader" is the Russian President', () => {
    const analysis = analyze({ text: 'Russian President Ivan Dorokhov said the plan could work. The Kremlin leader added that the region was not ready.' });
    expect(speakers(analysis)).toEqual(['Ivan Dorokhov', 'Ivan Dorokhov']);
  });

  it('finds a title with "of" by the words from its head, never by the place after "of"', () => {
    const rubin = analyze({ text: "U.S. Secretary of State Mara Rubin said progress was made. America's top diplomat added that more work was needed." });
    expect(speakers(rubin)).toEqual(['Mara Rubin', 'Mara Rubin']);
    const state = analyze({ text: 'Secretary of State Ana Pike said the treaty was ready. The state said it would sue.' });
    expect(speakers(state)).toEqual(['Ana Pike', 'The state']);
  });

  it('resolves a description to the entity that holds that role in the text', () => {
    expect(resolved('Port director Elias Brandt met the union. The port director said wages would rise.', 'The port director')?.name).toBe('Elias Brandt');
  });

  it('matches a synonym of the role ("leader" for "Prime Minister") and keeps to the place it names', () => {
    const text = 'Norwegian Prime Minister Anders Holm met Finnish President Liisa Rantanen. The Norwegian leader said the border would stay open. The Finnish leader said it would not.';
    const analysis = analyze({ text });
    expect(speakers(analysis)).toEqual(['Anders Holm', 'Liisa Rantanen']);
  });

  it('prefers the same role word over a synonym: "the governor" is the Governor, not the Senator', () => {
    expect(resolved('Senator Amy Rourke met Governor Liam Doyle. The governor said the plan was dead.', 'The governor')?.name).toBe('Liam Doyle');
  });

  it('resolves "DESCRIPTION, NAME, said" to the name, with the description as a role', () => {
    const analysis = analyze({ text: 'The mayor, Jean Roux, said the tram line would open in May. The mayor added that fares would fall.' });
    expect(analysis.entities.map(({ name, kind, roles }) => ({ name, kind, roles }))).toEqual([{ name: 'Jean Roux', kind: 'person', roles: [{ title: 'mayor' }] }]);
    expect(speakers(analysis)).toEqual(['Jean Roux', 'Jean Roux']);
    expect(resolved('Its president, Sylvie Garnier, said the glassworks would close.', 'Its president, Sylvie Garnier')).toMatchObject({
      name: 'Sylvie Garnier',
      roles: [{ title: 'president' }],
    });
    expect(resolved('A Commission spokesman, Pierre Dumont, said the fishing rules would change.', 'A Commission spokesman, Pierre Dumont')).toMatchObject({
      name: 'Pierre Dumont',
      roles: [{ title: 'Commission spokesman' }],
    });
  });

  it('gives an indefinite description an entity of its own: "a diplomat" is not the envoy', () => {
    const before = analyze({ text: 'Envoy Ramon Ebbesen arrived in the port city on Sunday. One diplomat, who asked not to be named, said a deal was unlikely.' });
    expect(speakers(before)).toEqual(['One diplomat']);
    expect(resolved('Envoy Ramon Ebbesen arrived on Sunday. An official said the ferry talks had stalled.', 'An official')?.name).toBe('An official');
    // A definite description after it is the same person.
    const analysis = analyze({ text: 'A diplomat said a deal was unlikely. The diplomat added that talks would go on.' });
    expect(speakers(analysis)).toEqual(['A diplomat', 'A diplomat']);
  });

  it('never resolves a description to an entity first named after it', () => {
    expect(resolved('A diplomat said a deal was unlikely. Envoy Ramon Ebbesen will travel next week.', 'A diplomat')?.name).toBe('A diplomat');
    expect(resolved('The diplomat said a deal was unlikely. Envoy Ramon Ebbesen will travel next week.', 'The diplomat')?.name).toBe('The diplomat');
  });

  it('leaves a bare title that several people in the text hold unresolved', () => {
    const text = 'Minister Says Hospitals Will Get More Beds\n\nPrime Minister Clara Vidal met Health Minister Omar Feld on Monday. The minister said the wards would open in May.';
    const analysis = analyze({ text });
    expect(analysis.quotes.map((quote) => quote.speaker?.text)).toEqual(['Minister', 'The minister']);
    expect(speakers(analysis)).toEqual([undefined, undefined]);
    // A modifier that tells them apart still resolves.
    expect(resolved('Prime Minister Clara Vidal met Health Minister Omar Feld. The health minister said the wards would open.', 'The health minister')?.name).toBe('Omar Feld');
  });

  it('reads a bare title as the office itself: "the president" is the President, not the Vice President', () => {
    const text = 'President Ana Pike met Vice President Tom Reyes on Monday. The president said the budget would pass.';
    expect(resolved(text, 'The president')?.name).toBe('Ana Pike');
  });

  it('never matches a description to a role of another place or party: "the Democratic nominee" is no "Republican nominee"', () => {
    const text = 'Republican presidential nominee Ana Pike spoke first. The Democratic presidential nominee said the debate was unfair.';
    expect(resolved(text, 'The Democratic presidential nominee')?.name).toBe('The Democratic presidential nominee');
  });

  it('makes people named by where they stand a group, not the name after them', () => {
    expect(resolved('Supporters of Ana Pike said the vote was rigged.', 'Supporters of Ana Pike')).toMatchObject({ name: 'Supporters of Ana Pike', kind: 'group' });
    expect(resolved('Analysts at Barcley said the move was overdue.', 'Analysts at Barcley')).toMatchObject({ name: 'Analysts at Barcley', kind: 'group' });
    expect(resolved('Many residents of Kestrel said the water was brown.', 'Many residents of Kestrel')?.kind).toBe('group');
    expect(resolved('The Friends of the Valley said the dam was unsafe.', 'The Friends of the Valley')).toMatchObject({ name: 'The Friends of the Valley', kind: 'group' });
  });

  it('makes names joined by "and" one group that speaks, not the last of them, and "they" that group', () => {
    const analysis = analyze({ text: 'Ana Pike and Tom Reyes said the bond market would calm. They added that rates would fall.' });
    expect(speakers(analysis)).toEqual(['Ana Pike and Tom Reyes', 'Ana Pike and Tom Reyes']);
    expect(analysis.entities.find((entity) => entity.name === 'Ana Pike and Tom Reyes')?.kind).toBe('group');
    expect(resolved('Kestrel and Vardan said talks would resume.', 'Kestrel and Vardan')?.kind).toBe('group');
    // An "and" inside a body's name joins nothing.
    expect(resolved('The Department of Roads and Bridges said the rule would stand.', 'The Department of Roads and Bridges')?.kind).toBe('organization');
    expect(resolved('Kestrel Transit and Harbor Services said fares would rise.', 'Kestrel Transit and Harbor Services')?.kind).not.toBe('group');
  });

  it('keeps several names after a description apart, and a description that is no role: "Two analysts, Ana Pike and Tom Reyes"', () => {
    expect(resolved('Two analysts, Ana Pike and Tom Reyes, said the bond market would calm.', 'Two analysts, Ana Pike and Tom Reyes')).toMatchObject({
      name: 'Two analysts',
      kind: 'group',
    });
    // (The speaker is the whole description with its relative clause; the name the clause gives
    // is the entity's, the description its role, and "first name" is no role.)
    expect(resolved('Another attendee, who gave only his first name, Rick, said he was undecided.', 'Another attendee, who gave only his first name, Rick')).toMatchObject({
      name: 'Rick',
      roles: [{ title: 'attendee' }],
    });
    const analysis = analyze({ text: 'Two ferry firms bid for the route. A third, Baltic Tern Lines, said the fares would fall.' });
    expect(analysis.entities.find((entity) => entity.name === 'Baltic Tern Lines')?.roles).toEqual([]);
  });

  it('makes a description that holds no role in the text an entity of its own', () => {
    expect(resolved('The harbor master said the ferry would run.', 'The harbor master')).toMatchObject({ name: 'The harbor master', kind: 'person' });
  });
});

describe('what someone says, as a speaker', () => {
  it('resolves "Pompey\'s warning" to the person whose warning it is, but "Pike\'s spokesman" to the spokesman', () => {
    const warning = analyze({ text: "Senator Lia Pompey wrote that the deal was weak. Pompey's warning echoed those of the mayors." });
    expect(speakers(warning)).toEqual(['Lia Pompey', 'Lia Pompey']);
    expect(resolved("Ana Pike's spokesman said the mayor was ill.", "Ana Pike's spokesman")?.name).toBe("Ana Pike's spokesman");
  });
});

describe('groups and outlets', () => {
  it('makes a group an entity named by its words', () => {
    const analysis = analyze({ text: 'Officials said the road would close. Both sides said the talks had failed.' });
    expect(analysis.entities.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Officials', kind: 'group' },
      { name: 'Both sides', kind: 'group' },
    ]);
  });

  it('names "Norway and its Nordic partners" by the whole coordination', () => {
    expect(resolved('Norway and its Nordic partners have warned that the fishing quota would collapse.', 'Norway and its Nordic partners')).toMatchObject({
      name: 'Norway and its Nordic partners',
      kind: 'group',
    });
  });

  it('makes an outlet an entity, and "the Herald" the same outlet as "The Baltimore Herald"', () => {
    const analysis = analyze({ text: 'The Baltimore Herald reported that the mayor would resign. The Herald said the resignation was final.' });
    expect(speakers(analysis)).toEqual(['The Baltimore Herald', 'The Baltimore Herald']);
    expect(analysis.entities[0]?.kind).toBe('outlet');
  });

  it('does not read an outlet\'s name into a common word of a title-case headline: "We Need More Time"', () => {
    const analysis = analyze({ text: '‘We Need More Time,’ Mayor Says\n\nMayor Ana Pike said the vote would wait.' });
    expect(analysis.entities.map(({ name, kind }) => ({ name, kind }))).not.toContainEqual({ name: 'Time', kind: 'outlet' });
    expect(speakers(analysis)).toEqual(['Ana Pike', 'Ana Pike']);
  });

  it('knows outlets by name: Reuters', () => {
    expect(resolved('Reuters reported that the factory had closed.', 'Reuters')).toMatchObject({ name: 'Reuters', kind: 'outlet' });
  });

  it('knows a newspaper by the last word of its name: Ledger, Sentinel, Enquirer', () => {
    const analysis = analyze({ text: 'The aide quit after the Daily Ledger reported that he had arranged loans. The Ledger said the loans were repaid.' });
    expect(analysis.entities.map(({ name, kind, aliases }) => ({ name, kind, aliases }))).toEqual([{ name: 'The Daily Ledger', kind: 'outlet', aliases: ['The Ledger'] }]);
    expect(resolved('The Kestrel Sentinel reported that the dam had cracked.', 'The Kestrel Sentinel')?.kind).toBe('outlet');
    // A description is no outlet for the words a name of one may end in.
    expect(resolved('The minority leader said the dam had cracked.', 'The minority leader')?.kind).toBe('person');
  });
});

describe('kinds', () => {
  it('makes a description with an organization head an organization, and "it" that organization, not the dateline’s outlet', () => {
    const analysis = analyze({ text: 'OSLO (Reuters) — The airline said the fault in its booking system was fixed. It said refunds would follow.' });
    expect(analysis.quotes.map((quote) => quote.speaker?.text)).toEqual(['The airline', 'It']);
    expect(speakers(analysis)).toEqual(['The airline', 'The airline']);
    expect(analysis.entities.find((entity) => entity.name === 'The airline')?.kind).toBe('organization');
    expect(resolved('The coast guard said the ferry had run aground. It said no one was hurt.', 'It')).toMatchObject({ name: 'The coast guard', kind: 'organization' });
    expect(resolved('BERGEN (Reuters) — The ferry operator cancelled six crossings. It said the storm was to blame.', 'It')).toMatchObject({ name: 'The ferry operator', kind: 'organization' });
  });

  it('makes a name an organization by its legal form or an appositive, and never the antecedent of "he"', () => {
    const analysis = analyze({ text: 'Veltro GmbH said its profits fell by half. He said the plant in Linz would close.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'Veltro GmbH', kind: 'organization' });
    expect(speakers(analysis)).toEqual(['Veltro GmbH', undefined]);
    expect(resolved('Harwick plc said the dividend would be cut. It said costs had doubled.', 'It')?.kind).toBe('organization');
    expect(resolved('Aeronix, a biotech company, said the trial had failed. It said a new one would start.', 'It')).toMatchObject({ name: 'Aeronix', kind: 'organization' });
    expect(resolved('The software supplier, Aeronix Systems, said the bug was fixed.', 'The software supplier, Aeronix Systems')).toMatchObject({
      name: 'Aeronix Systems',
      kind: 'organization',
      roles: [{ title: 'software supplier' }],
    });
  });

  it('reads a kind of company before a name as its title: the name is an organization, and "the company" names it', () => {
    const analysis = analyze({ text: 'Drugmaker Halvex said the trial had failed. The company said a new one would start.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'Halvex', kind: 'organization', roles: [{ title: 'Drugmaker' }] });
    expect(speakers(analysis)).toEqual(['Halvex', 'Halvex']);
    expect(resolved('Shares of carmaker Vantor fell after the carmaker said prices would rise.', 'the carmaker')).toMatchObject({ name: 'Vantor', kind: 'organization' });
    // A kind of company inside a name is part of it.
    expect(resolved('Kestrel Airport Authority said flights would resume.', 'Kestrel Airport Authority')?.name).toBe('Kestrel Airport Authority');
  });

  it('resolves "the automaker" to the company named most recently, but not a description with a place', () => {
    const analysis = analyze({ text: 'Vantor Motors said it would cut 2,000 jobs. The automaker, which employs 40,000 people, said the cuts would save money.' });
    expect(speakers(analysis)).toEqual(['Vantor Motors', 'Vantor Motors']);
    expect(resolved('Halcorp Inc said profits fell. The German automaker said prices would rise.', 'The German automaker')?.name).toBe('The German automaker');
    expect(resolved('The ministry said the plan was sound. The company said it disagreed.', 'The company')?.name).toBe('The company');
  });

  it('gives a company the role its appositive names, so that "the company" finds it', () => {
    const analysis = analyze({ text: 'Aeronix, a biotech company, said the trial had failed. The company said a new one would start.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'Aeronix', kind: 'organization', roles: [{ title: 'biotech company' }] });
    expect(speakers(analysis)).toEqual(['Aeronix', 'Aeronix']);
  });

  it('makes a name an outlet by a word for a kind of outlet before it, or by its name as written with its particles', () => {
    expect(resolved('The newspaper La Voce said the talks had failed.', 'The newspaper La Voce')).toMatchObject({ name: 'La Voce', kind: 'outlet', roles: [{ title: 'newspaper' }] });
    expect(resolved('Kestrel weekly Der Bote reported that the plan was dead.', 'Kestrel weekly Der Bote')).toMatchObject({ name: 'Der Bote', kind: 'outlet' });
    expect(resolved('Le Monde reported that the minister would resign.', 'Le Monde')).toMatchObject({ name: 'Le Monde', kind: 'outlet' });
  });

  it('reads a word for a kind of outlet after its name as no head: "Tide magazine" is the outlet Tide', () => {
    const analysis = analyze({ text: 'Tide magazine said the list was final. Tide added that the vote was close.' });
    expect(speakers(analysis)).toEqual(['Tide', 'Tide']);
    expect(analysis.entities.filter((entity) => entity.kind === 'outlet').map((entity) => entity.name)).toEqual(['Tide']);
  });

  it('reads a lower-case title before the name in apposition to a description', () => {
    expect(resolved("The club's owner, businessman Ivo Dran, told the paper he backed the coach.", "The club's owner, businessman Ivo Dran")).toMatchObject({
      name: 'Ivo Dran',
      kind: 'person',
    });
  });

  it('reads an owned body and the place it stands in as that body, not the place', () => {
    expect(resolved("Kestria's embassy in Varna rejected the charge as absurd. The embassy said the men were tourists.", "Kestria's embassy in Varna")).toMatchObject({
      name: "Kestria's embassy in Varna",
      kind: 'government',
    });
  });

  it('reads "the post" in lower case as a thing and "the Post" as an outlet', () => {
    expect(resolved('In a blog post, the firm said it was sorry. “We got this wrong,” the post said.', 'the post')).toMatchObject({ kind: 'unknown' });
    expect(resolved('“We got this wrong,” the Post said in an editorial.', 'the Post')).toMatchObject({ kind: 'outlet' });
  });

  it('makes a plural of a thing that carries words a thing, no group ("internal emails", "Emails" opening a headline)', () => {
    expect(resolved('The fund paid the fees, according to internal emails seen by the Courier.', 'internal emails seen by the Courier')).toMatchObject({ name: 'internal emails', kind: 'unknown' });
    expect(resolved('Emails show port chief knew of delays', 'Emails')).toMatchObject({ name: 'Emails', kind: 'unknown' });
  });

  it('takes no role from a relative clause or an adjunct after a name, but keeps "then" or "now" before a title', () => {
    const text = 'Dr. Helen Strand wrote that the wards were full. Dr. Strand, who left the company in May, declined to comment.';
    expect(analyze({ text }).entities.map((entity) => [entity.name, entity.roles])).toEqual([['Helen Strand', [{ title: 'Dr.' }]]]);
    expect(resolved('Omar Feld, then the port director, said the dock was safe.', 'Omar Feld, then the port director')?.roles).toEqual([{ title: 'then the port director' }]);
  });

  it('names the holder of two titles joined by "and" in apposition to them', () => {
    expect(resolved("Murmur's founder and chief executive, Oskar Lindqvist, wrote that he was sorry.", "Murmur's founder and chief executive, Oskar Lindqvist")).toMatchObject({
      name: 'Oskar Lindqvist',
      roles: [{ title: "Murmur's founder and chief executive" }],
    });
  });

  it('makes a name after a word for an app or a service a body, which "the company" then refers to', () => {
    const analysis = analyze({ text: 'The messaging app Murmur said it was sorry. The company said it would delete the data.' });
    expect(analysis.entities.map((entity) => [entity.name, entity.kind])).toEqual([['Murmur', 'organization']]);
    expect(resolved('The streaming service Flick said the price would rise.', 'The streaming service Flick')).toMatchObject({ name: 'Flick', kind: 'organization' });
  });

  it('reads capitalised words joined by an ampersand as one firm', () => {
    expect(resolved('Harlow & Finch said the offer was fair.', 'Harlow & Finch')).toMatchObject({ name: 'Harlow & Finch', kind: 'organization' });
    const analysis = analyze({ text: 'Ed Vale, an analyst at Tarn Research & Trading, wrote that prices would fall.' });
    expect(analysis.entities.find((entity) => entity.name === 'Ed Vale')?.roles).toEqual([{ title: 'analyst', affiliation: 'Tarn Research & Trading' }]);
  });

  it('reads a title of several lower-case words, or one after an article, before the name in apposition to a description', () => {
    expect(resolved('Her rival, former harbor commissioner Agnes Pruitt, said the cost had been hidden.', 'Her rival, former harbor commissioner Agnes Pruitt')).toMatchObject({
      name: 'Agnes Pruitt',
      roles: [{ title: 'former harbor commissioner' }, { title: 'rival' }],
    });
    expect(resolved('Her sister, the actress Mona Fell, said the story was false.', 'Her sister, the actress Mona Fell')).toMatchObject({ name: 'Mona Fell', kind: 'person' });
    // A preposition ends the title: the name is the minister's, and the deputy stays unnamed.
    expect(resolved('The official, a deputy to minister Ann Lee, said the story was false.', 'The official, a deputy to minister Ann Lee')).toMatchObject({ name: 'The official' });
  });

  it('makes a lone outlet name that opens a quotation and speaks nothing no outlet', () => {
    const analysis = analyze({ text: 'One fan wrote: "Time for a change."' });
    expect(analysis.entities.filter((entity) => entity.kind === 'outlet').map((entity) => entity.name)).not.toContain('Time');
    expect(resolved('Time reported that the mayor quit.', 'Time')).toMatchObject({ name: 'Time', kind: 'outlet' });
  });

  it('makes a document a thing, named without the participle that says who holds it', () => {
    expect(resolved('The port will close in May, according to a draft seen by the Courier.', 'a draft seen by the Courier')).toMatchObject({ name: 'a draft', kind: 'unknown' });
    expect(resolved('According to a readout released by the ministry, the two envoys agreed to meet again.', 'a readout released by the ministry')).toMatchObject({
      name: 'a readout',
      kind: 'unknown',
    });
  });

  it('makes a one-word name in capitals an organization, but a transcript’s speaker label a person', () => {
    const analysis = analyze({ text: 'The WHO warned that cases would rise. It said the clinics were full.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'WHO', kind: 'organization' });
    expect(speakers(analysis)).toEqual(['WHO', 'WHO']);
    expect(resolved('KESWA said the children were hungry.', 'KESWA')?.kind).toBe('organization');
    expect(resolved('The HRVC said the law was unjust.', 'The HRVC')?.kind).toBe('organization');
    expect(resolved('The EU said the quota would stay.', 'The EU')?.kind).toBe('government');
    expect(resolved('Hearing transcript.\n\nHOLT: Did the dam leak?\n\nLIND: It leaked twice last spring.', 'LIND')?.kind).toBe('person');
  });

  it('makes a company of a name ending in a word such as "Foods", and its first word alone the same company', () => {
    const analysis = analyze({ text: 'Brantwell Foods said demand was weak. Brantwell said prices would fall.' });
    expect(analysis.entities.map(({ name, kind, aliases }) => ({ name, kind, aliases }))).toEqual([{ name: 'Brantwell Foods', kind: 'organization', aliases: ['Brantwell'] }]);
    expect(speakers(analysis)).toEqual(['Brantwell Foods', 'Brantwell Foods']);
    // A given name is no company's short name.
    expect(speakers(analyze({ text: 'Martin Brewing said sales were up. Martin said the beer was good.' }))).toEqual(['Martin Brewing', 'Martin']);
  });

  it('makes the first word alone of a name the text shows to be a company’s the same company, whatever its last word', () => {
    for (const text of [
      'The company, Northway Marine, denied wrongdoing. Northway said it welcomed a review.',
      'Northway Marine, a ferry operator, denied wrongdoing. Northway said it welcomed a review.',
    ]) {
      const analysis = analyze({ text });
      expect(analysis.entities.map(({ name, kind, aliases }) => ({ name, kind, aliases }))).toEqual([{ name: 'Northway Marine', kind: 'organization', aliases: ['Northway'] }]);
      expect(speakers(analysis)).toEqual(['Northway Marine', 'Northway Marine']);
    }
    // An institution is shortened to its head ("the council"), not to its first word.
    expect(speakers(analyze({ text: 'The Harbor Council, a city body, said the plan failed. Harbor said it would appeal.' }))).toEqual(['The Harbor Council', 'Harbor']);
    // Nor is a name not shown to be a company's.
    expect(speakers(analyze({ text: 'Ada Northway said the plan failed. Northway said it would appeal.' }))).toEqual(['Ada Northway', 'Ada Northway']);
  });

  it('reads an acronym before a title as part of it: "WHO Director-General Mira Castellan"', () => {
    expect(resolved('WHO Director-General Mira Castellan said the outbreak was slowing.', 'WHO Director-General Mira Castellan')).toMatchObject({
      name: 'Mira Castellan',
      kind: 'person',
      roles: [{ title: 'WHO Director-General' }],
    });
  });

  it('reads an appositive’s kind from its head, not from a body after it or a phrase that is none', () => {
    // "an adviser to the harbor office" is a person; ", to the harbor office," is no appositive.
    const analysis = analyze({ text: 'Tomas Reyes, an adviser to the harbor office, met the union. Mr. Reyes said the cranes were unsafe.' });
    expect(analysis.entities[0]).toMatchObject({ name: 'Tomas Reyes', kind: 'person' });
    expect(speakers(analysis)).toEqual(['Tomas Reyes']);
    expect(speakers(analyze({ text: 'The mayor summoned Tomas Reyes, to the harbor office. Mr. Reyes said the cranes were unsafe.' }))).toEqual(['Tomas Reyes']);
  });

  it('names a body with "of" or a possessive in its name by all of it: "The Ministry of Foreign Affairs"', () => {
    expect(resolved('The Ministry of Foreign Affairs said talks had stalled.', 'The Ministry of Foreign Affairs')).toMatchObject({
      name: 'The Ministry of Foreign Affairs',
      kind: 'government',
    });
    expect(resolved('The Department of Health and Human Services said the rule would stand.', 'The Department of Health and Human Services')).toMatchObject({
      name: 'The Department of Health and Human Services',
      kind: 'organization',
    });
    expect(resolved('The University of Kestrel said the lab would close.', 'The University of Kestrel')?.kind).toBe('organization');
    expect(resolved('The Harwick Chamber of Commerce said the port was too small.', 'The Harwick Chamber of Commerce')?.kind).toBe('organization');
    expect(resolved('The U.S. Attorney\'s Office declined to comment.', 'The U.S. Attorney\'s Office')).toMatchObject({ name: 'The U.S. Attorney\'s Office', kind: 'organization' });
    // A title among the words names a person.
    expect(resolved('The Bank of Kestrel Governor Ana Pike said rates would rise.', 'The Bank of Kestrel Governor Ana Pike')?.name).toBe('Ana Pike');
  });

  it('makes a person of a role before "of" or "for": "the leader of Kestrel Vale District Council"', () => {
    expect(resolved('The leader of Kestrel Vale District Council said the budget was tight.', 'The leader of Kestrel Vale District Council')?.kind).toBe('person');
    expect(resolved('The head of the health agency said the outbreak was over.', 'The head of the health agency')?.kind).toBe('person');
    expect(resolved('A spokesman for the ministry said the rules would change.', 'A spokesman for the ministry')?.kind).toBe('person');
    expect(resolved('The chief executive of Aeronix said the bug was fixed.', 'The chief executive of Aeronix')?.kind).toBe('person');
    expect(resolved('The CEO of Kestrel Water Board said the pipes were old.', 'The CEO of Kestrel Water Board')?.kind).toBe('person');
    // "chief of staff" before a name is a title, not a description.
    expect(resolved('Former chief of staff Ana Pike said the talks would resume.', 'Former chief of staff Ana Pike')).toMatchObject({ name: 'Ana Pike', kind: 'person' });
  });
});

describe('pronouns', () => {
  it('resolves "he" to an unnamed subject of the sentence before: "The ambassador arrived. He said ..."', () => {
    const analysis = analyze({ text: 'The ambassador arrived in the capital on Monday. He said the embassy would stay open.' });
    expect(speakers(analysis)).toEqual(['The ambassador']);
    expect(analysis.diagnostics.filter((d) => d.ruleId === 'entities.unresolved-pronoun')).toEqual([]);
  });

  it('makes an unnamed subject an entity only when a pronoun takes it', () => {
    const analysis = analyze({ text: 'The talks lasted five hours. Mayor Ines Korb said the talks were useful.' });
    // The first sentence is the outlet's own claim, so the outlet is an entity too; "The talks" is none.
    expect(analysis.entities.map((entity) => entity.name)).toEqual(['Ines Korb', 'unnamed outlet']);
  });

  it('takes an unnamed subject as an antecedent only close by', () => {
    const text = 'The ministry closed the ferry office on Monday. Crews left the pier. The boats stayed in port. Tides were high. They said the pier would reopen.';
    expect(speakers(analyze({ text }))).toEqual([undefined]);
  });

  it('skips an unnamed subject of the wrong kind: "The storm passed. She said ..." is the last speaker', () => {
    const text = 'Mayor Ines Korb said the roads were closed. The storm passed at noon. She said the schools would open.';
    expect(speakers(analyze({ text }))).toEqual(['Ines Korb', 'Ines Korb']);
  });

  it('resolves "he" to the last speaker', () => {
    expect(speakers(analyze({ text: 'Elias Brandt said the port would reopen. He added that wages would rise.' }))).toEqual(['Elias Brandt', 'Elias Brandt']);
  });

  it('passes over a possessive for the last subject: after “Baines’s remarks angered the council”, "He" is Reyes', () => {
    const text = 'Tomas Reyes spoke first. Paul Baines’s remarks have angered the council. He said the vote was a mistake.';
    expect(resolved(text, 'He')?.name).toBe('Tomas Reyes');
  });

  it('takes a possessive close by over a subject of an earlier paragraph', () => {
    const text = [
      'Ana Pike, the mayor, said on Monday that the bridge would reopen.',
      'Clara Reyes, the council leader, said the repairs had cost too much.',
      "Pike's office said in a statement that the work would end in May.",
      'She has previously said the bridge was safe.',
    ].join('\n\n');
    expect(resolved(text, 'She')?.name).toBe('Ana Pike');
  });

  it('chooses by gender: Mrs. is "she", Mr. is "he"', () => {
    const analysis = analyze({ text: 'Mr. Okafor greeted Mrs. Lindqvist at the station. She said the trains were late. He said they were not.' });
    expect(speakers(analysis)).toEqual(['Lindqvist', 'Okafor']);
  });

  it('reads gender from an honorific without a period: after "Mr Bastos", "she" is not Bastos', () => {
    const analysis = analyze({ text: 'Mr Bastos said the ferry service was dying. She said he should retire.' });
    expect(speakers(analysis)).toEqual(['Bastos', undefined]);
    expect(analysis.mentions[0]).toMatchObject({ text: 'Mr Bastos', kind: 'name' });
    expect(speakers(analyze({ text: 'Mrs Quill said the ferry service was dying. He said the fares were too high.' }))).toEqual(['Quill', undefined]);
  });

  it('reads gender from the pronouns a person was already given: after "he", not "she"', () => {
    const text = 'Lee Quill said the ferry service was dying. He said the fares were too high. She said the pier would close.';
    expect(speakers(analyze({ text }))).toEqual(['Lee Quill', 'Lee Quill', undefined]);
  });

  it('resolves "he" to the subject of the sentence before even when it does not speak: "The mayor disagrees. He argues ..."', () => {
    const text = 'Economist Lionel Marchetti said the toll would fail. The mayor disagrees. He argues that it will work.';
    expect(speakers(analyze({ text }))).toEqual(['Lionel Marchetti', 'The mayor']);
  });

  it('chooses by gender from a given name: "she" after "Victor Hale met Ellen Park" is Ellen Park', () => {
    expect(resolved('Victor Hale met Ellen Park in the capital. She said the deal was done.', 'She')?.name).toBe('Ellen Park');
  });

  it('knows the gender of common given names: "he" is not Coach Lena Marsh', () => {
    const text = 'Coach Lena Marsh praised her team. Abiola smiled. “I just let it fly,” he said.';
    expect(resolved(text, 'he')?.name).not.toBe('Lena Marsh');
    expect(resolved('Howard Pike met Tessa Lund in the harbor office. She said the cranes were unsafe.', 'She')?.name).toBe('Tessa Lund');
  });

  it('resolves "he" to a name alone that is the subject of the sentence before: "Whitlock scored 31 points."', () => {
    expect(resolved('Whitlock scored 31 points. He said the team got comfortable.', 'He')).toMatchObject({ name: 'Whitlock', kind: 'person' });
    // The nearest subject wins over a speaker further back.
    expect(resolved('Coach Lena Marsh praised her team. Abiola smiled. “I just let it fly,” he said.', 'he')?.name).toBe('Abiola');
    // No common word, place or thing: "Turnout was high", "Quillr removed the post" after "on Quillr".
    expect(resolved('Mayor Ana Pike spoke first. Turnout was high. She said the vote was fair.', 'She')?.name).toBe('Ana Pike');
    expect(resolved('Ana Holt posted the photo on Quillr. Quillr removed it on Monday. She said she would appeal.', 'She')?.name).toBe('Ana Holt');
    expect(resolved('Tom Reyes spoke first. August marked a year of delays. In his view, the dam is a mistake.', 'his')?.name).toBe('Tom Reyes');
  });

  it('resolves a possessive pronoun that speaks: "In her view, ..."', () => {
    const analysis = analyze({ text: 'Ana Lind said the dam leaked. In her view, the dam is a mistake.' });
    expect(speakers(analysis)).toEqual(['Ana Lind', 'Ana Lind']);
    expect(analysis.diagnostics.filter((d) => d.ruleId === 'entities.unresolved-pronoun')).toEqual([]);
    expect(resolved('Tom Reyes spoke first. In his view, the dam is a mistake.', 'his')?.name).toBe('Tom Reyes');
    expect(resolved('The residents met on Monday. In their view, the cranes are unsafe.', 'their')?.name).toBe('The residents');
  });

  it('resolves "who" to the noun phrase right before it', () => {
    expect(resolved('The mayor thanked Tomas Reyes, who said the bridge would open in May.', 'who')?.name).toBe('Tomas Reyes');
  });

  it('resolves a relative "that" like "which": "a poster that said ..."', () => {
    const analysis = analyze({ text: 'A farmer held a poster that said “No dam.”' });
    expect(speakers(analysis)).toEqual(['a poster']);
    expect(analysis.entities[0]?.kind).toBe('unknown');
    expect(analysis.diagnostics.filter((d) => d.ruleId === 'entities.unresolved-pronoun')).toEqual([]);
    // A time before it is no antecedent.
    const late = analyze({ text: 'The council published emails last week that showed the dam was unsafe.' });
    expect(late.quotes.map((quote) => quote.speaker?.text)).toEqual(['that']);
    expect(speakers(late)).toEqual([undefined]);
  });

  it('resolves a contracted "who’ve" to the group before it', () => {
    expect(resolved('Dana Whitfield met the dockworkers, who’ve said the cranes are unsafe.', 'who’ve')).toMatchObject({ name: 'the dockworkers', kind: 'group' });
  });

  it('resolves "it" to an organization and "they" to a group', () => {
    expect(resolved('The Glenmore Cooperative said prices would rise. It said the harvest had failed.', 'It')).toMatchObject({ kind: 'organization' });
    expect(resolved('Residents of the valley said the river had flooded. They said help came too late.', 'They')).toMatchObject({
      name: 'Residents of the valley',
      kind: 'group',
    });
  });

  it('resolves "I" in a transcript turn to the turn’s speaker: "LIND: ..."', () => {
    const quoted = 'Transcript of the hearing.\n\nHOLT: Did the dam leak?\n\nLIND: “I told the board that the dam leaked,” I said.\n\nHOLT: Thank you.';
    expect(resolved(quoted, 'I')).toMatchObject({ name: 'LIND', kind: 'person' });
    // A turn of several paragraphs: the label opens the first.
    const long = 'Transcript of the hearing.\n\nHOLT: Did the dam leak?\n\nLIND: Yes.\n\nI told the board that the dam leaked.\n\nHOLT: Thank you.';
    expect(resolved(long, 'I')?.name).toBe('LIND');
    // "Q:" and "A:" name no one, and without a turn "I" stays unresolved.
    expect(resolved('Q: Did the dam leak?\n\nA: I told the board that the dam leaked.', 'I')).toBeUndefined();
    expect(resolved('I told the board that the dam leaked.', 'I')).toBeUndefined();
  });

  it('reports a pronoun with no antecedent as an info diagnostic instead of guessing', () => {
    const analysis = analyze({ text: 'He said the vote was rigged.' });
    expect(analysis.quotes[0]?.speaker?.entityId).toBeUndefined();
    expect(analysis.entities).toEqual([]);
    expect(analysis.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'entities.unresolved-pronoun', severity: 'info', source: 'claimtrail', span: { start: 0, end: 2 }, actual: 'He' }),
    ]);
  });
});

describe('known entities', () => {
  it('resolves mentions to a known entity, which keeps its id, name, kind and roles', () => {
    const analysis = analyze(
      { text: 'Volkov said rates would rise. The central bank governor said inflation was easing.' },
      { knownEntities: [{ id: 'cb-gov', name: 'Dmitri Volkov', kind: 'person', roles: [{ title: 'central bank governor' }] }] },
    );
    expect(speakers(analysis)).toEqual(['Dmitri Volkov', 'Dmitri Volkov']);
    expect(analysis.entities).toEqual([{ id: 'cb-gov', name: 'Dmitri Volkov', kind: 'person', aliases: ['Volkov'], roles: [{ title: 'central bank governor' }] }]);
  });

  it('takes precedence over what the text would give: "Both sides" is the known delegations', () => {
    const knownEntities = [{ name: 'Russian and U.S. delegations', kind: 'group' as const, aliases: ['Both sides'] }];
    expect(resolved('Both sides said the talks had failed.', 'Both sides', { knownEntities })?.name).toBe('Russian and U.S. delegations');
  });

  it('matches a known name through transliteration variants', () => {
    const knownEntities = [{ name: 'Yuriy Petrenko', kind: 'person' as const }];
    expect(resolved('Yuri Petrenko said the square would be rebuilt.', 'Yuri Petrenko', { knownEntities })?.name).toBe('Yuriy Petrenko');
  });

  it('matches a known name the way names in the text match: without initials, by surname', () => {
    const knownEntities = [{ name: 'George W. Hollis', kind: 'person' as const }];
    const analysis = analyze({ text: 'George Hollis said the dam would hold. Hollis added that repairs would start soon.' }, { knownEntities });
    expect(speakers(analysis)).toEqual(['George W. Hollis', 'George W. Hollis']);
  });

  it('throws a ClaimtrailError for a known entity that does not fit the schema', () => {
    const bad = [{ name: '', kind: 'wizard' }] as unknown as KnownEntityInput[];
    expect(() => analyze({ text: 'Volkov said rates would rise.' }, { knownEntities: bad })).toThrow(ClaimtrailError);
    const twice = [
      { id: 'x', name: 'A B', kind: 'person' as const },
      { id: 'x', name: 'C D', kind: 'person' as const },
    ];
    expect(() => analyze({ text: 'Volkov said rates would rise.' }, { knownEntities: twice })).toThrow(/duplicate id/);
  });
});

describe('the entity list', () => {
  it('numbers entities e1, e2, … in order of first mention, and is the same on every run', () => {
    const text = 'Elias Brandt met Mayor Ruth Alder. Alder said the port would reopen. Brandt said it would not.';
    const first = analyze({ text });
    // The speakers come first; the outlet, speaker of the first sentence, follows them.
    expect(first.entities.map(({ id, name }) => `${id} ${name}`)).toEqual(['e1 Elias Brandt', 'e2 Ruth Alder', 'e3 unnamed outlet']);
    expect(speakers(first)).toEqual(['Ruth Alder', 'Elias Brandt']);
    expect(analyze({ text })).toEqual(first);
  });

  it('gives every quote’s speaker mention its entity id, and lists it among the mentions', () => {
    const analysis = analyze({ text: 'Port director Elias Brandt said the port would reopen. He added that wages would rise.' });
    for (const quote of analysis.quotes) {
      expect(quote.speaker?.entityId).toBe('e1');
      expect(analysis.mentions).toContainEqual(quote.speaker);
    }
  });
});
