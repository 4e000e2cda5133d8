import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/text/document.js';

/** Each quotation of a text: the words between its marks, the marks included, its style and depth. */
const quotations = (text: string) =>
  segmentText(text).quotations.map((q) => ({
    content: text.slice(q.contentStart, q.contentEnd),
    whole: text.slice(q.open, q.close),
    style: q.style,
    depth: q.depth,
  }));
const contents = (text: string) => segmentText(text).quotations.map((q) => text.slice(q.contentStart, q.contentEnd));
const segments = (text: string) =>
  segmentText(text).quotations.map((q) => q.segments.map((g) => text.slice(g.start, g.end)));
const diagnostics = (text: string) =>
  segmentText(text).diagnostics.map((d) => ({ ruleId: d.ruleId, at: d.span && text.slice(d.span.start, d.span.end), start: d.span?.start }));

describe('pairQuoteMarks: double quotes', () => {
  it('pairs curly double quotes', () => {
    expect(quotations('The chief called the plan “dead on arrival” on Monday.')).toEqual([
      { content: 'dead on arrival', whole: '“dead on arrival”', style: 'double', depth: 0 },
    ]);
  });

  it('pairs straight double quotes by their position against words', () => {
    expect(contents('She said "we are done" and "we are leaving."')).toEqual(['we are done', 'we are leaving.']);
  });

  it("pairs the doubled apostrophe '' used as a double quote", () => {
    expect(quotations("''We are done,'' the chief said.")).toEqual([
      { content: 'We are done,', whole: "''We are done,''", style: 'double', depth: 0 },
    ]);
  });

  it('pairs the doubled curly single marks ‘‘ ’’ used as a double quote', () => {
    expect(quotations('‘‘We are done,’’ the chief said.')).toEqual([
      { content: 'We are done,', whole: '‘‘We are done,’’', style: 'double', depth: 0 },
    ]);
  });
});

describe('pairQuoteMarks: single quotes', () => {
  it('nests single quotes inside double ones', () => {
    expect(quotations('“They told me ‘never again,’ and I agreed,” he said.')).toEqual([
      { content: 'They told me ‘never again,’ and I agreed,', whole: '“They told me ‘never again,’ and I agreed,”', style: 'double', depth: 0 },
      { content: 'never again,', whole: '‘never again,’', style: 'single', depth: 1 },
    ]);
    expect(contents('"They told me \'never again,\' and I agreed," he said.')).toEqual([
      "They told me 'never again,' and I agreed,",
      'never again,',
    ]);
  });

  it('pairs single quotes alone, as in a headline', () => {
    expect(quotations('Poll finds ‘Seismic Shift’ in suburbs')).toEqual([
      { content: 'Seismic Shift', whole: '‘Seismic Shift’', style: 'single', depth: 0 },
    ]);
    expect(contents("Poll finds 'Seismic Shift' in suburbs")).toEqual(['Seismic Shift']);
  });

  it("reads ''' closing a quote as a single quote closing right before a '' close", () => {
    const text = "''They kept saying 'no deal,''' she said.";
    expect(quotations(text)).toEqual([
      { content: "They kept saying 'no deal,'", whole: "''They kept saying 'no deal,'''", style: 'double', depth: 0 },
      { content: 'no deal,', whole: "'no deal,'", style: 'single', depth: 1 },
    ]);
    expect(diagnostics(text)).toEqual([]);
  });

  it("reads ''' opening a quote as '' and then a single quote, and a title quoted in both", () => {
    const text = "'''Night Court,''' she replied.";
    expect(quotations(text)).toEqual([
      { content: "'Night Court,'", whole: "'''Night Court,'''", style: 'double', depth: 0 },
      { content: 'Night Court,', whole: "'Night Court,'", style: 'single', depth: 1 },
    ]);
    expect(diagnostics(text)).toEqual([]);
  });
});

describe('pairQuoteMarks: other languages’ marks', () => {
  it('pairs « » with or without the French spaces', () => {
    expect(quotations('« Nous partirons demain », a-t-il dit.')).toEqual([
      { content: ' Nous partirons demain ', whole: '« Nous partirons demain »', style: 'guillemet', depth: 0 },
    ]);
    expect(contents('Er sagte «Ja» und ging.')).toEqual(['Ja']);
  });

  it('pairs „ “ and the ‚ ‘ nested in it', () => {
    expect(quotations('„Wir bleiben ‚für immer‘ hier“, sagte sie.')).toEqual([
      { content: 'Wir bleiben ‚für immer‘ hier', whole: '„Wir bleiben ‚für immer‘ hier“', style: 'low', depth: 0 },
      { content: 'für immer', whole: '‚für immer‘', style: 'low', depth: 1 },
    ]);
  });
});

describe('pairQuoteMarks: quotes over several paragraphs', () => {
  it('makes one quotation with a segment per paragraph when each paragraph reopens and only the last closes', () => {
    const text = '“We will rebuild the bridge.\n“We will reopen the school.\n“We will not leave,” the mayor said.';
    expect(segments(text)).toEqual([['We will rebuild the bridge.', 'We will reopen the school.', 'We will not leave,']]);
    const [q] = segmentText(text).quotations;
    expect(q && text.slice(q.open, q.close)).toBe(text.slice(0, text.indexOf(' the mayor')));
  });

  it('follows the same convention with straight quotes and doubled apostrophes', () => {
    expect(segments('"We will rebuild.\n\n"We will stay," she said.')).toEqual([['We will rebuild.', 'We will stay,']]);
    expect(segments("''We will rebuild.\n''We will stay,'' she said.")).toEqual([['We will rebuild.', 'We will stay,']]);
  });

  it('reports the opening mark and makes no quotation when the next paragraph does not reopen', () => {
    const text = '“We will rebuild the bridge.\nThe mayor then left.';
    expect(segmentText(text).quotations).toEqual([]);
    expect(diagnostics(text)).toEqual([{ ruleId: 'quote-marks.unclosed', at: '“', start: 0 }]);
  });

  it('makes no quotation running to the end of the article when the last paragraph never closes', () => {
    const text = '“First part.\n“Second part.\n“Third part.';
    expect(segmentText(text).quotations).toEqual([]);
    expect(diagnostics(text)).toEqual([{ ruleId: 'quote-marks.unclosed', at: '“', start: 0 }]);
  });
});

describe('pairQuoteMarks: apostrophes', () => {
  it('never opens or closes a quote at an apostrophe', () => {
    for (const text of [
      'I don’t think Trump’s plan from the ’90s respects the leaders’ views on rock ’n’ roll.',
      "I don't think Trump's plan from the '90s respects the leaders' views on rock 'n' roll.",
      'Tell ’em we came ’cause we care, ’til the end.',
    ]) {
      expect(segmentText(text).quotations).toEqual([]);
      expect(segmentText(text).diagnostics).toEqual([]);
    }
  });

  it('keeps apostrophes inside a quotation as quoted words', () => {
    expect(contents('“Don’t touch the workers’ pay,” he said of the ’90s deal.')).toEqual(['Don’t touch the workers’ pay,']);
    expect(contents("''Get 'em out of here,'' he said.")).toEqual(["Get 'em out of here,"]);
  });

  it('reads a plural possessive inside a single quotation as an apostrophe when a later mark closes after a comma', () => {
    expect(contents("'The growers' pay is too low,' she said.")).toEqual(["The growers' pay is too low,"]);
    expect(contents('‘The growers’ pay is too low,’ she said.')).toEqual(['The growers’ pay is too low,']);
    // A quoted word that ends in "s" with no such later mark still closes its quotation.
    expect(contents("He called them 'the twins' and left.")).toEqual(['the twins']);
  });
});

describe('pairQuoteMarks: unbalanced marks', () => {
  it('reports an opening mark that is never closed, with its span, and makes no quotation', () => {
    const text = 'He said “the deal is off and walked out. Later, aides spoke.';
    const doc = segmentText(text);
    expect(doc.quotations).toEqual([]);
    expect(doc.diagnostics).toEqual([
      {
        reason: 'This quotation mark is never closed.',
        span: { start: 8, end: 9 },
        ruleId: 'quote-marks.unclosed',
        source: 'claimtrail',
        severity: 'warning',
        actual: '“',
        expected: '”',
      },
    ]);
  });

  it('reports a closing mark with no opening mark', () => {
    const text = 'The deal is off,” he said.';
    expect(segmentText(text).quotations).toEqual([]);
    expect(diagnostics(text)).toEqual([{ ruleId: 'quote-marks.unopened', at: '”', start: 16 }]);
  });

  it('keeps an unclosed quote in one paragraph from swallowing the next paragraph’s quote', () => {
    const text = 'He said “no to the plan.\nLater she said “yes.”';
    expect(contents(text)).toEqual(['yes.']);
    expect(diagnostics(text)).toEqual([{ ruleId: 'quote-marks.unclosed', at: '“', start: 8 }]);
  });

  it('reports a single quote left open inside a double one, and still pairs the double', () => {
    const text = 'He said “a ‘bad deal” today.';
    expect(contents(text)).toEqual(['a ‘bad deal']);
    expect(diagnostics(text)).toEqual([{ ruleId: 'quote-marks.unclosed', at: '‘', start: 11 }]);
  });

  it('reports the earlier of two opening double quotes, since English does not nest them', () => {
    const text = 'He said “one thing and “another” later.';
    expect(contents(text)).toEqual(['another']);
    expect(diagnostics(text)).toEqual([{ ruleId: 'quote-marks.unclosed', at: '“', start: 8 }]);
  });
});
