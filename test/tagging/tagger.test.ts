import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_TAXONOMY, extendTaxonomy, validateTaxonomy, type Claim } from '../../src/index.js';

/** The claim built from the statement whose content contains `words`. */
function claimOf(text: string, words: string, options: Parameters<typeof analyze>[1] = {}): Claim {
  const analysis = analyze({ text }, options);
  const quote = analysis.quotes.find((q) => q.content.exact.includes(words));
  if (quote === undefined) throw new Error(`no statement contains ${JSON.stringify(words)}; found ${JSON.stringify(analysis.quotes.map((q) => q.content.exact))}`);
  const claim = analysis.claims.find((c) => c.quoteIds.includes(quote.id));
  if (claim === undefined) throw new Error(`no claim for quote ${quote.id}`);
  return claim;
}

const tagsOf = (claim: Claim) => claim.tags.map((t) => t.tag);

describe('core tags and sub-tags', () => {
  it('a harm the speaker vows to do is a threat, with the harm word as evidence', () => {
    const claim = claimOf('The company vowed to sue the newspaper over the report.', 'sue');
    expect(claim.tags[0]?.tag).toBe('threat');
    const evidence = claim.tags[0]?.evidence.find((e) => e.ruleId === 'threat.own-side-harm');
    expect(evidence?.anchor?.exact).toBe('sue');
  });

  it('a first-person harm under a condition is a conditional threat', () => {
    const claim = claimOf('“If the rebels attack the city, we will strike back hard,” the general warned.', 'strike back');
    // The verb "warned" is the threat's own verb here, not a second (warning) function.
    expect(tagsOf(claim)).toEqual(['threat', 'threat/conditional']);
    expect(claim.condition?.text).toBe('If the rebels attack the city');
  });

  it('a danger from someone else is an assessment (warning), not a threat', () => {
    const claim = claimOf('The analysts warned that a rebel victory would endanger the whole region.', 'rebel victory');
    expect(tagsOf(claim)).toContain('assessment/warning');
    expect(claim.tags[0]?.tag).toBe('assessment');
  });

  it('reads a clause with a short past in -ied or a subject pronoun as a proposition, not a fragment', () => {
    expect(claimOf('He said the yeast starter died in 2016 and that he rebuilt it from scratch.', 'starter').tags[0]?.tag).toBe('assessment');
  });

  it('testifying against someone is a harm; testifying that something happened is not', () => {
    expect(claimOf('“My client will testify against the mayor,” the lawyer said.', 'testify').tags[0]?.tag).toBe('threat');
    expect(tagsOf(claimOf('The lawyer said his client would testify that she mailed the sample in May.', 'mailed'))).not.toContain('threat');
  });

  it('"there will be consequences" is a threat even without a named agent', () => {
    const claim = claimOf('“There will be consequences,” the ambassador said.', 'consequences');
    expect(claim.tags[0]?.tag).toBe('threat');
  });

  it('refusing to do harm is a position, not a threat', () => {
    const claim = claimOf('The governor refused to punish the striking workers.', 'punish');
    expect(claim.tags[0]?.tag).toBe('position');
    expect(claim.tags[0]?.evidence[0]?.ruleId).toBe('position.refusal');
  });

  it('an accusation differs from a report of what happened', () => {
    const accusation = claimOf('The mayor accused the council of wasting public money on consultants.', 'wasting');
    expect(tagsOf(accusation).slice(0, 2)).toEqual(['assessment', 'assessment/accusation']);
    const report = claimOf('The minister said the bridge had reopened to traffic after repairs.', 'bridge');
    expect(report.tags[0]?.tag).toBe('assessment');
    expect(tagsOf(report)).not.toContain('assessment/accusation');
    const reported = claimOf('The agency reported that exports fell sharply in May.', 'exports');
    expect(tagsOf(reported)).toEqual(['assessment', 'assessment/report']);
    expect(reported.tags[1]?.evidence[0]).toMatchObject({ ruleId: 'assessment.report-cue', anchor: { exact: 'reported' } });
  });

  it('readiness differs from intent', () => {
    const ready = claimOf('The union said it was ready to resume talks with the employers.', 'resume');
    expect(tagsOf(ready).slice(0, 2)).toEqual(['position', 'position/readiness']);
    const intent = claimOf('The union said it will resume talks with the employers next week.', 'resume');
    expect(tagsOf(intent).slice(0, 2)).toEqual(['position', 'position/intent']);
    // A pledge in so many words is an intention.
    const pledge = claimOf('The union made a commitment that it would resume talks.', 'resume');
    expect(tagsOf(pledge).slice(0, 2)).toEqual(['position', 'position/intent']);
    // The adjective as the cue itself: "X was ready to Y".
    const cue = claimOf('The union was ready to resume talks with the employers.', 'resume');
    expect(cue.tags[0]).toMatchObject({ tag: 'position', evidence: [{ ruleId: 'position.readiness-cue' }] });
  });

  it('what others must do is a demand', () => {
    const urged = claimOf('The senator urged the agency to release the inspection files.', 'release');
    expect(tagsOf(urged).slice(0, 2)).toEqual(['position', 'position/demand']);
    const must = claimOf('The coach said the league must change its rules on transfers.', 'league must');
    expect(tagsOf(must).slice(0, 2)).toEqual(['position', 'position/demand']);
  });

  it('a forecast about others is a prediction', () => {
    const claim = claimOf('The economists predicted that prices would rise again in the spring.', 'prices');
    expect(tagsOf(claim).slice(0, 2)).toEqual(['assessment', 'assessment/prediction']);
  });

  it("the speaker's side, named by its capital, acts in the speaker's own voice", () => {
    const claim = claimOf('Kremlin spokesman Ivan Petrov said that Moscow would continue the negotiations.', 'continue');
    expect(tagsOf(claim).slice(0, 2)).toEqual(['position', 'position/intent']);
    const other = claimOf('Kremlin spokesman Ivan Petrov said that Paris would continue the negotiations.', 'continue');
    expect(other.tags[0]?.tag).toBe('assessment');
  });

  it("a modal in an embedded clause belongs to that clause's subject, not to the speaker", () => {
    const claim = claimOf('“Our expectation is that the levy will be repealed,” the senator said.', 'levy');
    expect(tagsOf(claim).slice(0, 2)).toEqual(['assessment', 'assessment/prediction']);
    const own = claimOf('“Our party will override the veto next week,” the senator said.', 'override');
    expect(own.tags[0]?.tag).toBe('position');
    const how = claimOf('“We know how the county is going to vote,” the organizer said.', 'county');
    expect(tagsOf(how).slice(0, 2)).toEqual(['assessment', 'assessment/prediction']);
    // A verb of thinking drops its "that" but still opens a clause of its own.
    const belief = claimOf('The campaign manager told reporters he believes the contest will go on until June.', 'contest');
    expect(tagsOf(belief).slice(0, 2)).toEqual(['assessment', 'assessment/prediction']);
  });

  it('reported words with no verb are none: a topic, not a proposition', () => {
    const claim = claimOf('A new account of the crash was being told by Senator Ann Ruiz.', 'account');
    expect(claim.tags[0]).toMatchObject({ tag: 'none', evidence: [{ ruleId: 'none.no-proposition' }] });
    expect(claimOf('Senator Ann Ruiz said the crash was avoidable.', 'crash').tags[0]?.tag).toBe('assessment');
  });

  it('a verb of topic before a noun phrase names a topic, even where it could report a clause', () => {
    const noted = claimOf("The county party noted Mayor Dee Park's remarks and a video of them on its site.", 'remarks');
    expect(noted.tags[0]).toMatchObject({ tag: 'none', evidence: [{ ruleId: 'none.topic-cue' }] });
    expect(claimOf('The county party noted that Mayor Dee Park had left early.', 'left early').tags[0]?.tag).toBe('assessment');
  });

  it('reported words inside a question are asked, not asserted: none', () => {
    const asked = claimOf('Do you think the harbour will reopen?', 'harbour');
    expect(asked.tags[0]).toMatchObject({ tag: 'none', evidence: [{ ruleId: 'none.question' }] });
    expect(claimOf('You think the harbour will reopen.', 'harbour').tags[0]?.tag).not.toBe('none');
  });

  it("being undecided or unsure is the speaker's side's position", () => {
    const poll = claimOf('Nine percent of those polled indicated they were still not sure.', 'not sure');
    expect(poll.tags[0]).toMatchObject({ tag: 'position', evidence: [{ ruleId: 'position.desire' }] });
    expect(claimOf('The voters said they remained undecided.', 'undecided').tags[0]?.tag).toBe('position');
  });

  it('a possessive name or an adjective of nationality may open the phrase with no verb', () => {
    const said = claimOf("The county party said Mayor Dee Park's remarks and a video of them, not the speech.", 'remarks');
    expect(said.tags[0]).toMatchObject({ tag: 'none', evidence: [{ ruleId: 'none.no-proposition' }] });
    const leaders = claimOf('The organizer said Canadian farmers from the north, not the growers.', 'farmers');
    expect(leaders.tags[0]?.tag).toBe('none');
    // A phrase and a second phrase is a small clause; a verb after the noun makes a clause.
    expect(claimOf('The county party noted the levy a burden on farmers.', 'burden').tags[0]?.tag).toBe('assessment');
    expect(claimOf("The county party noted Mayor Dee Park's plan cuts the levy.", 'levy').tags[0]?.tag).toBe('assessment');
    expect(claimOf('The organizer said Canadian farmers win most prizes.', 'prizes').tags[0]?.tag).toBe('assessment');
  });

  it('putting a thing forward is a demand; suggesting that something is so is an assessment', () => {
    expect(tagsOf(claimOf('The coach suggested a new training plan for the juniors.', 'training plan')).slice(0, 2)).toEqual(['position', 'position/demand']);
    expect(claimOf('The coach suggested that the juniors were tired.', 'juniors').tags[0]?.tag).toBe('assessment');
    // Evidence that suggests a thing indicates it and proposes nothing.
    const indicated = claimOf('Polls suggest a close race in the harbor district.', 'close race');
    expect(indicated.tags[0]?.tag).not.toBe('position');
    expect(tagsOf(indicated)).not.toContain('position/demand');
    expect(tagsOf(claimOf('The mayor suggested a close race in the harbor district.', 'close race'))).toContain('position/demand');
  });

  it('a question with no proposition is none', () => {
    const claim = claimOf('Reporters asked whether the plant would close before winter.', 'plant');
    expect(claim.tags[0]?.tag).toBe('none');
  });

  it('hoping is a position of the speaker', () => {
    const claim = claimOf('The envoy said he hoped both sides would return to the table.', 'hoped');
    expect(claim.tags[0]?.tag).toBe('position');
  });
});

describe('tags carry confidence and evidence', () => {
  it('every tag has a confidence in [0, 1] and evidence whose anchors slice the text', () => {
    const text = 'The company vowed to sue the newspaper. The analysts warned that a flood would endanger the town.';
    const analysis = analyze({ text });
    expect(analysis.claims.length).toBeGreaterThan(0);
    for (const claim of analysis.claims) {
      expect(claim.tags.length).toBeGreaterThan(0);
      for (const tag of claim.tags) {
        expect(tag.confidence).toBeGreaterThanOrEqual(0);
        expect(tag.confidence).toBeLessThanOrEqual(1);
        expect(tag.evidence.length).toBeGreaterThan(0);
        for (const e of tag.evidence) if (e.anchor !== undefined) expect(text.slice(e.anchor.span.start, e.anchor.span.end)).toBe(e.anchor.exact);
      }
    }
  });
});

describe('custom taxonomies', () => {
  it('an extra sub-tag with its own word rule is given, rolled up under its core tag', () => {
    const taxonomy = extendTaxonomy(DEFAULT_TAXONOMY, {
      tags: [{ id: 'assessment/fact-check', parent: 'assessment', description: 'Rates a statement as true or false.' }],
      rules: [{ id: 'fact-check.words', tag: 'assessment/fact-check', weight: 0.5, words: ['mostly false', 'misleading'] }],
    });
    const claim = claimOf('The fact-checkers said the senator’s figure was misleading.', 'misleading', { taxonomy });
    expect(tagsOf(claim).slice(0, 2)).toEqual(['assessment', 'assessment/fact-check']);
    expect(claim.tags[1]?.evidence[0]).toMatchObject({ ruleId: 'fact-check.words', anchor: { exact: 'misleading' } });
  });

  it('extra words in the structural lists take effect', () => {
    const text = 'The minister vowed to defund the rebel militias.';
    expect(claimOf(text, 'defund').tags[0]?.tag).toBe('position');
    const taxonomy = extendTaxonomy(DEFAULT_TAXONOMY, { lexicon: { harm: ['defund'] } });
    expect(claimOf(text, 'defund', { taxonomy }).tags[0]?.tag).toBe('threat');
  });

  it('a sub-tag without a core parent, or a rule with an unknown tag, is refused with its name', () => {
    expect(() => extendTaxonomy(DEFAULT_TAXONOMY, { tags: [{ id: 'rumour', description: 'x' }] })).toThrow(/rumour/);
    expect(() => extendTaxonomy(DEFAULT_TAXONOMY, { rules: [{ id: 'r1', tag: 'position/nope', weight: 0.5, words: ['x'] }] })).toThrow(/position\/nope/);
    expect(() => extendTaxonomy(DEFAULT_TAXONOMY, { rules: [{ id: 'r2', tag: 'position', weight: 2, words: ['x'] }] })).toThrow(/weight/);
    expect(() => validateTaxonomy(DEFAULT_TAXONOMY)).not.toThrow();
    expect(() => analyze({ text: 'A said B.' }, { taxonomy: { ...DEFAULT_TAXONOMY, tags: [] } })).toThrow(/core tag/);
  });
});
