/**
 * Whole wire stories: headline, dateline, lede, quotations split by their attribution and running
 * over two paragraphs, partial quotations, "according to", anonymous sources, organisations'
 * statements, "told reporters", posts and a spokesperson declining to comment. Each story is
 * checked for the statements a reader would mark. All names, places and events are invented.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('wire stories', () => {
  it('a summit between two neighbours', () => {
    const story = [
      'Leaders of Varnia and Oskel agree to reopen border crossings',
      'BELMORE, March 4 (Wire) - The leaders of Varnia and Oskel agreed on Tuesday to reopen three border crossings closed since last year, officials said, in the first sign of a thaw after months of tension.',
      '"We have turned a page today," Varnian President Tomas Reidel told reporters after the four-hour meeting. "Our people have waited too long for this."',
      'Oskel\'s prime minister, Ilse Marren, said the crossings would reopen within 30 days, but she warned that trade talks remained difficult.',
      '"There is still a lot of work to do," Marren said. "Nobody should think the hard questions are settled."',
      'According to a joint statement, the two governments will set up a committee to oversee customs checks.',
      'A senior Varnian official, who asked not to be named because he was not authorised to speak to the media, said the talks had nearly collapsed on Monday night.',
      'Asked whether sanctions would be lifted, Reidel said that was a matter for the next round.',
      'The Oskel foreign ministry said in a statement that the agreement was "a fair and balanced compromise."',
      'Reidel wrote on X that the deal would bring "real relief" to families on both sides of the border.',
      'A spokesperson for the Varnian opposition declined to comment.',
      'Analysts said the deal could still unravel if either side delays the reopening.',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: '"We have turned a page today," Varnian President Tomas Reidel told reporters after the four-hour meeting. "Our people have waited too long for this."', cue: 'told', speaker: 'Varnian President Tomas Reidel' },
        { content: 'the crossings would reopen within 30 days', cue: 'said', speaker: 'Oskel\'s prime minister, Ilse Marren' },
        { content: 'trade talks remained difficult', cue: 'warned', speaker: 'she' },
        { content: '"There is still a lot of work to do," Marren said. "Nobody should think the hard questions are settled."', cue: 'said', speaker: 'Marren' },
        { content: 'the two governments will set up a committee to oversee customs checks', cue: 'According to', speaker: 'a joint statement' },
        { content: 'the talks had nearly collapsed on Monday night', cue: 'said', speaker: 'A senior Varnian official, who asked not to be named because he was not authorised to speak to the media' },
        { content: 'that was a matter for the next round', cue: 'said', speaker: 'Reidel' },
        { content: 'the agreement was "a fair and balanced compromise."', cue: 'said', speaker: 'The Oskel foreign ministry' },
        { content: 'the deal would bring "real relief" to families on both sides of the border', cue: 'wrote', speaker: 'Reidel' },
        { content: 'to comment', cue: 'declined', speaker: 'A spokesperson for the Varnian opposition' },
        { content: 'the deal could still unravel if either side delays the reopening', cue: 'said', speaker: 'Analysts' },
      ]),
    );
  });

  it('a court ruling', () => {
    const story = [
      'Top court strikes down Calder data law',
      'KESTRAN, June 12 (Wire) - Kestran\'s Supreme Court on Thursday struck down a law that let police read private messages without a warrant, saying it violated the constitution.',
      'The court ruled 5-2 that the law gave the state "almost unlimited power" over citizens\' communications.',
      '"Privacy is not a privilege granted by the government," Justice Mara Olwen wrote for the majority. "It is a right that the government must respect."',
      'In a dissent, Justice Paul Hadrin argued that the ruling would make it harder to stop organised crime.',
      'Interior Minister Dario Fenn said the government would study the ruling and draft a new bill. He told reporters the police would stop using the powers immediately.',
      '"We respect the decision of the court, even if we disagree with it," Fenn said.',
      'Lawyers for the plaintiffs called the ruling a historic victory.',
      '"This is a good day for every citizen of this country," said Anna Krell, who led the legal challenge. "The court has drawn a clear line."',
      'A police spokesman said officers had already been told to stop using the law.',
      'According to the justice ministry, about 12,000 warrants were issued under the law last year.',
      'The ministry did not respond to a request for comment on Thursday.',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: 'it violated the constitution', cue: 'saying', speaker: 'Kestran\'s Supreme Court' },
        { content: 'the law gave the state "almost unlimited power" over citizens\' communications', cue: 'ruled', speaker: 'The court' },
        { content: '"Privacy is not a privilege granted by the government," Justice Mara Olwen wrote for the majority. "It is a right that the government must respect."', cue: 'wrote', speaker: 'Justice Mara Olwen' },
        { content: 'the ruling would make it harder to stop organised crime', cue: 'argued', speaker: 'Justice Paul Hadrin' },
        { content: 'the government would study the ruling and draft a new bill', cue: 'said', speaker: 'Interior Minister Dario Fenn' },
        { content: 'the police would stop using the powers immediately', cue: 'told', speaker: 'He' },
        { content: '"We respect the decision of the court, even if we disagree with it,"', cue: 'said', speaker: 'Fenn' },
        { content: 'the ruling a historic victory', cue: 'called', speaker: 'Lawyers for the plaintiffs' },
        { content: '"This is a good day for every citizen of this country," said Anna Krell, who led the legal challenge. "The court has drawn a clear line."', cue: 'said', speaker: 'Anna Krell' },
        { content: 'officers had already been told to stop using the law', cue: 'said', speaker: 'A police spokesman' },
        { content: 'about 12,000 warrants were issued under the law last year', cue: 'According to', speaker: 'the justice ministry' },
        { content: 'a request for comment', cue: 'respond to', speaker: 'The ministry' },
      ]),
    );
  });

  it('a company’s results', () => {
    const story = [
      'Halvex profit beats forecasts as chip demand surges',
      'DORNBURG, Oct 28 (Wire) - Halvex Corp reported a 40 percent jump in quarterly profit on Wednesday, beating analysts\' forecasts, as demand for its data centre chips surged.',
      'Net profit rose to 3.2 billion crowns in the third quarter, the company said.',
      '"Demand is stronger than we have ever seen," Chief Executive Lena Sorvik said on a call with analysts. "We are adding capacity as fast as we can."',
      'Sorvik said the company expected revenue to grow by about 25 percent next year, but she cautioned that supply of some components remained tight.',
      'The company\'s shares rose 6 percent in early trading.',
      'Chief Financial Officer Mark Tessel told analysts that prices for its newest chips would stay stable until the end of the quarter.',
      '"We are not seeing any slowdown in orders," Tessel said, adding that the company had booked sales well into next year.',
      'Some investors are worried that the boom cannot last. "At some point the spending has to slow down," said Petra Lind, a fund manager at Norsk Capital. "The question is when."',
      'According to people familiar with the matter, Halvex is also in talks to buy a smaller rival.',
      'A Halvex spokeswoman declined to comment on the talks.',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: 'Net profit rose to 3.2 billion crowns in the third quarter', cue: 'said', speaker: 'the company' },
        { content: '"Demand is stronger than we have ever seen," Chief Executive Lena Sorvik said on a call with analysts. "We are adding capacity as fast as we can."', cue: 'said', speaker: 'Chief Executive Lena Sorvik' },
        { content: 'the company expected revenue to grow by about 25 percent next year', cue: 'said', speaker: 'Sorvik' },
        { content: 'supply of some components remained tight', cue: 'cautioned', speaker: 'she' },
        { content: 'prices for its newest chips would stay stable until the end of the quarter', cue: 'told', speaker: 'Chief Financial Officer Mark Tessel' },
        { content: '"We are not seeing any slowdown in orders,"', cue: 'said', speaker: 'Tessel' },
        { content: 'the company had booked sales well into next year', cue: 'adding', speaker: 'Tessel' },
        { content: 'the boom cannot last', cue: 'worried', speaker: 'Some investors' },
        { content: '"At some point the spending has to slow down," said Petra Lind, a fund manager at Norsk Capital. "The question is when."', cue: 'said', speaker: 'Petra Lind, a fund manager at Norsk Capital' },
        { content: 'Halvex is also in talks to buy a smaller rival', cue: 'According to', speaker: 'people familiar with the matter' },
        { content: 'to comment on the talks', cue: 'declined', speaker: 'A Halvex spokeswoman' },
      ]),
    );
  });

  it('a flood', () => {
    const story = [
      'Floods kill at least 30 in southern Teravia',
      'PORT ALDEN, Aug 9 (Wire) - Floods triggered by days of heavy rain have killed at least 30 people in southern Teravia, officials said on Saturday, as rescuers searched for dozens still missing.',
      'The national disaster agency said more than 12,000 people had been forced from their homes.',
      '"The water came in the middle of the night," said Rosa Minet, 54, who fled her house with her two grandchildren. "We had no time to take anything."',
      'Rescue teams were using boats to reach villages cut off by the water, according to the agency.',
      'Governor Alan Brecht said the death toll was likely to rise. "We are still finding people," he said. "I fear the worst is not over."',
      'Weather officials warned that more rain was expected over the next three days.',
      'The health ministry said it had sent medical teams to the region and urged residents to boil drinking water.',
      'Critics say the government failed to build proper defences after floods in the same area two years ago.',
      '"They promised us walls and drains, and nothing happened," said Jonas Fell, a farmer in the village of Nerin.',
      'A government spokesman said the criticism was unfair and that work on the defences had begun.',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: 'Floods triggered by days of heavy rain have killed at least 30 people in southern Teravia', cue: 'said', speaker: 'officials' },
        { content: 'more than 12,000 people had been forced from their homes', cue: 'said', speaker: 'The national disaster agency' },
        { content: '"The water came in the middle of the night," said Rosa Minet, 54, who fled her house with her two grandchildren. "We had no time to take anything."', cue: 'said', speaker: 'Rosa Minet, 54, who fled her house with her two grandchildren' },
        { content: 'Rescue teams were using boats to reach villages cut off by the water', cue: 'according to', speaker: 'the agency' },
        { content: 'the death toll was likely to rise', cue: 'said', speaker: 'Governor Alan Brecht' },
        { content: '"We are still finding people," he said. "I fear the worst is not over."', cue: 'said', speaker: 'he' },
        { content: 'more rain was expected over the next three days', cue: 'warned', speaker: 'Weather officials' },
        { content: 'it had sent medical teams to the region', cue: 'said', speaker: 'The health ministry' },
        { content: 'residents to boil drinking water', cue: 'urged', speaker: 'The health ministry' },
        { content: 'the government failed to build proper defences after floods in the same area two years ago', cue: 'say', speaker: 'Critics' },
        { content: '"They promised us walls and drains, and nothing happened,"', cue: 'said', speaker: 'Jonas Fell, a farmer in the village of Nerin' },
        { content: 'the criticism was unfair and that work on the defences had begun', cue: 'said', speaker: 'A government spokesman' },
      ]),
    );
  });

  it('an election night', () => {
    const story = [
      'Opposition claims victory as Sorland counts votes',
      'VALDRA, Nov 3 (Wire) - Sorland\'s main opposition party claimed victory in Sunday\'s parliamentary election, though official results were not expected until Monday.',
      '"The people have spoken, and they have chosen change," opposition leader Maria Kolde told cheering supporters in the capital.',
      'Prime Minister Erik Vahl, whose party has ruled for 12 years, said it was premature to declare a winner.',
      '"We will wait for every vote to be counted," Vahl told reporters at his party\'s headquarters. "That is how democracy works."',
      'With about 60 percent of ballots counted, the opposition had 41 percent of the vote, the electoral commission said.',
      'Turnout was about 68 percent, according to the commission, the highest in two decades.',
      'Election observers said voting had been largely orderly, but they reported some problems with voter lists in rural areas.',
      'Kolde said her party would seek to form a coalition with smaller parties. "Our door is open," she said.',
      'A senior official in Vahl\'s party, speaking on condition of anonymity, said the result was a "painful defeat" if the figures held.',
      'Vahl\'s office did not immediately respond to a request for comment.',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: 'victory in Sunday\'s parliamentary election', cue: 'claimed', speaker: 'Sorland\'s main opposition party' },
        { content: '"The people have spoken, and they have chosen change,"', cue: 'told', speaker: 'opposition leader Maria Kolde' },
        { content: 'it was premature to declare a winner', cue: 'said', speaker: 'Prime Minister Erik Vahl, whose party has ruled for 12 years' },
        { content: '"We will wait for every vote to be counted," Vahl told reporters at his party\'s headquarters. "That is how democracy works."', cue: 'told', speaker: 'Vahl' },
        { content: 'With about 60 percent of ballots counted, the opposition had 41 percent of the vote', cue: 'said', speaker: 'the electoral commission' },
        { content: 'voting had been largely orderly', cue: 'said', speaker: 'Election observers' },
        { content: 'some problems with voter lists in rural areas', cue: 'reported', speaker: 'they' },
        { content: 'her party would seek to form a coalition with smaller parties', cue: 'said', speaker: 'Kolde' },
        { content: '"Our door is open,"', cue: 'said', speaker: 'she' },
        { content: 'the result was a "painful defeat" if the figures held', cue: 'said', speaker: 'A senior official in Vahl\'s party' },
        { content: 'a request for comment', cue: 'respond to', speaker: 'Vahl\'s office' },
      ]),
    );
  });

  it('a strike with competing claims', () => {
    const story = [
      'Drone strike hits fuel depot as both sides trade blame',
      'KORVAL, May 17 (Wire) - A drone strike set a fuel depot on fire in the border city of Korval early on Friday, regional officials said, and the two sides gave conflicting accounts of who was to blame.',
      'Regional governor Ivo Dranek said on Telegram that three people were injured and that firefighters had contained the blaze.',
      '"The enemy is targeting civilian infrastructure," Dranek wrote. "This is a crime and it will be answered."',
      'The defence ministry of neighbouring Velmark said its forces had struck a military fuel site used to supply troops.',
      '"Our strike was precise and aimed only at a legitimate military target," ministry spokesman Colonel Adrian Moss told a briefing.',
      'Velmark\'s claims could not be independently verified.',
      'The United Nations said it was alarmed by the escalation and called on both sides to show restraint.',
      'A Western diplomat, who spoke on condition of anonymity, said the strike appeared to be part of a wider campaign against supply lines.',
      'Asked whether the attack would affect planned talks, Dranek said: "We will not negotiate under fire."',
      'Satellite images reviewed by the agency showed damage to at least four storage tanks.',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: 'three people were injured and that firefighters had contained the blaze', cue: 'said', speaker: 'Regional governor Ivo Dranek' },
        { content: '"The enemy is targeting civilian infrastructure," Dranek wrote. "This is a crime and it will be answered."', cue: 'wrote', speaker: 'Dranek' },
        { content: 'its forces had struck a military fuel site used to supply troops', cue: 'said', speaker: 'The defence ministry of neighbouring Velmark' },
        { content: '"Our strike was precise and aimed only at a legitimate military target,"', cue: 'told', speaker: 'ministry spokesman Colonel Adrian Moss' },
        { content: 'it was alarmed by the escalation', cue: 'said', speaker: 'The United Nations' },
        { content: 'both sides to show restraint', cue: 'called on', speaker: 'The United Nations' },
        { content: 'the strike appeared to be part of a wider campaign against supply lines', cue: 'said', speaker: 'A Western diplomat, who spoke on condition of anonymity' },
        { content: '"We will not negotiate under fire."', cue: 'said', speaker: 'Dranek' },
      ]),
    );
  });

  it('a health agency warning', () => {
    const story = [
      'Health agency warns of rising measles cases',
      'GENFORD, Feb 20 (Wire) - The national health agency warned on Thursday that measles cases had tripled this year and urged parents to make sure their children were vaccinated.',
      'The agency said 840 cases had been reported since January, compared with 270 in the same period last year.',
      '"This is a disease we know how to prevent," agency director Dr. Helen Brask said at a news conference. "Every case is one too many."',
      'Brask said most of the cases were in children who had not received both doses of the vaccine.',
      'Doctors said hospitals in the north were under strain. "We have had to open a second isolation ward," said Dr. Olaf Tenn, head of paediatrics at Maribo General Hospital.',
      'According to agency data, vaccination rates have fallen below 90 percent in several regions.',
      'Health Minister Klara Voss told parliament that the government would fund a new vaccination campaign in schools.',
      'She said the campaign would start next month and would cost about 20 million crowns.',
      'Some parents\' groups have questioned the safety of the vaccine, claims that experts say are not supported by evidence.',
      '"The vaccine is safe and it works," Brask said. "The science on this is very clear."',
    ].join('\n\n');
    expect(quotesIn(story)).toEqual(
      expect.arrayContaining([
        { content: 'measles cases had tripled this year', cue: 'warned', speaker: 'The national health agency' },
        { content: 'parents to make sure their children were vaccinated', cue: 'urged', speaker: 'The national health agency' },
        { content: '840 cases had been reported since January', cue: 'said', speaker: 'The agency' },
        { content: '"This is a disease we know how to prevent," agency director Dr. Helen Brask said at a news conference. "Every case is one too many."', cue: 'said', speaker: 'agency director Dr. Helen Brask' },
        { content: 'most of the cases were in children who had not received both doses of the vaccine', cue: 'said', speaker: 'Brask' },
        { content: 'hospitals in the north were under strain', cue: 'said', speaker: 'Doctors' },
        { content: '"We have had to open a second isolation ward,"', cue: 'said', speaker: 'Dr. Olaf Tenn, head of paediatrics at Maribo General Hospital' },
        { content: 'vaccination rates have fallen below 90 percent in several regions', cue: 'According to', speaker: 'agency data' },
        { content: 'the government would fund a new vaccination campaign in schools', cue: 'told', speaker: 'Health Minister Klara Voss' },
        { content: 'the campaign would start next month and would cost about 20 million crowns', cue: 'said', speaker: 'She' },
        { content: '"The vaccine is safe and it works," Brask said. "The science on this is very clear."', cue: 'said', speaker: 'Brask' },
      ]),
    );
  });
});

describe('"that" straight before a finite verb after the cue', () => {
  it('is the subject of what was said', () => {
    expect(quotesIn('Asked about the tolls, Hela Marsk said that was a question for the council.')).toContainEqual({
      content: 'that was a question for the council',
      cue: 'said',
      speaker: 'Hela Marsk',
    });
    expect(quotesIn('The mayor says that won’t happen before spring.')).toEqual([
      { content: 'that won’t happen before spring', cue: 'says', speaker: 'The mayor' },
    ]);
  });

  it('is still the conjunction before a subject of its own', () => {
    expect(quotesIn('The mayor said that the ferry would run.')).toEqual([
      { content: 'the ferry would run', cue: 'said', speaker: 'The mayor' },
    ]);
  });
});

describe('a verb of saying inside a relative clause before a passive', () => {
  it('does not make the passive read its subject as a statement', () => {
    const quotes = quotesIn('The group repeated claims that experts say are not supported by evidence.');
    expect(quotes.map((quote) => quote.cue)).not.toContain('supported');
  });

  it('leaves a plain passive with a noun subject alone', () => {
    expect(quotesIn('His remarks were derided by the mayor.')).toEqual([
      { content: 'His remarks', cue: 'derided', speaker: 'the mayor' },
    ]);
  });
});

describe('"late" or "early" before "on" and a weekday after the cue', () => {
  it('is a time adjunct, not part of what was said', () => {
    expect(quotesIn('The minister’s office said late on Monday he had tested positive.')).toEqual([
      { content: 'he had tested positive', cue: 'said', speaker: 'The minister’s office' },
    ]);
    expect(quotesIn('Kell said early on Friday that the dam held.')).toEqual([
      { content: 'the dam held', cue: 'said', speaker: 'Kell' },
    ]);
  });
});

describe('a refusal after "but"', () => {
  it('is the speaker’s next act, not more of what was said', () => {
    expect(quotesIn('The envoy said the talks were useful but declined to give details.')).toEqual([
      { content: 'the talks were useful', cue: 'said', speaker: 'The envoy' },
      { content: 'to give details', cue: 'declined', speaker: 'The envoy' },
    ]);
  });
});

describe('what the speaker would not say, after "and" or "but"', () => {
  it('ends what was said', () => {
    expect(quotesIn('Kell said the ferry was safe and would not elaborate.')).toEqual([
      { content: 'the ferry was safe', cue: 'said', speaker: 'Kell' },
    ]);
    expect(quotesIn('Kell said the ferry was safe but wouldn’t say when it would sail.')).toContainEqual({
      content: 'the ferry was safe',
      cue: 'said',
      speaker: 'Kell',
    });
  });

  it('so does "gave no" after "but"', () => {
    expect(quotesIn('Kell said the talks were “constructive” but gave no details.')).toEqual([
      { content: 'the talks were “constructive”', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('leaves a second predicate of what was said alone', () => {
    expect(quotesIn('Kell said the plan would work and would not cost much.')).toEqual([
      { content: 'the plan would work and would not cost much', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
