import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/text/document.js';

/** The sentences of a text, as the words their offsets cut out of it. */
const sentences = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('splitSentences: abbreviations', () => {
  it('does not end a sentence at U.S., Sept., Mr., Gov., a.m. or Inc. inside it', () => {
    const text = 'The U.S. Embassy said Mr. Okafor and Gov. Reyes would meet Sept. 14 at 10 a.m. with Harlow Inc. executives.';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not end a sentence at a state abbreviation before a lower-case word or a name', () => {
    const text = 'She grew up in Tulsa, Okla. and moved to Reno, Nev. last year with Calif. Sen. Ruth Amos.';
    expect(sentences(text)).toEqual([text]);
  });

  it('ends a sentence at an abbreviation before a word that starts sentences: "in the U.S. The talks"', () => {
    expect(sentences('Prices rose in the U.S. The talks stalled anyway.')).toEqual(['Prices rose in the U.S.', 'The talks stalled anyway.']);
    expect(sentences('The plant closed at 6 p.m. Then the crews went home.')).toEqual([
      'The plant closed at 6 p.m.',
      'Then the crews went home.',
    ]);
    expect(sentences('Orders fell at Vantor Corp. The shares dropped.')).toEqual(['Orders fell at Vantor Corp.', 'The shares dropped.']);
    expect(sentences('He moved to Fresno, Calif. He hated the heat.')).toEqual(['He moved to Fresno, Calif.', 'He hated the heat.']);
  });

  it('ends a sentence at "no." unless a number follows, as in "No. 3"', () => {
    expect(sentences('The senator said no. The bill died.')).toEqual(['The senator said no.', 'The bill died.']);
    expect(sentences('The No. 3 official resigned. No. That was Friday.')).toEqual([
      'The No. 3 official resigned.',
      'No.',
      'That was Friday.',
    ]);
  });

  it('ends a sentence at an ordinary word that looks like an abbreviation: ill, miss', () => {
    expect(sentences('The pilot was ill. Doctors grounded him.')).toEqual(['The pilot was ill.', 'Doctors grounded him.']);
    expect(sentences('The vote is hard to miss. Voters know it.')).toEqual(['The vote is hard to miss.', 'Voters know it.']);
    expect(sentences('Officials in Peoria, Ill. disagreed.')).toEqual(['Officials in Peoria, Ill. disagreed.']);
  });

  it('ends a sentence at St. or a month before a sentence starter, not before a name or a day', () => {
    expect(sentences('They lived on Elm St. The house was dark. St. Paul voted.')).toEqual([
      'They lived on Elm St.',
      'The house was dark.',
      'St. Paul voted.',
    ]);
    expect(sentences('The talks began in Sept. They ended on Oct. 2.')).toEqual(['The talks began in Sept.', 'They ended on Oct. 2.']);
  });

  it('never ends a sentence after a title or "vs."', () => {
    expect(sentences('Aides to Sen. Marquez spoke.')).toEqual(['Aides to Sen. Marquez spoke.']);
    expect(sentences('The case is Ortiz vs. The State of Ohio.')).toEqual(['The case is Ortiz vs. The State of Ohio.']);
  });
});

describe('splitSentences: initials', () => {
  it('does not end a sentence at an initial', () => {
    expect(sentences('J. Doe said the plan was ready. It was.')).toEqual(['J. Doe said the plan was ready.', 'It was.']);
    const text = 'The memo was signed by Mary K. Ashby and T. R. Vance on Monday.';
    expect(sentences(text)).toEqual([text]);
  });

  it('ends a sentence at a capital letter before a word that starts sentences, or before the end', () => {
    expect(sentences('Kell posted the video on X. The mayor said nothing.')).toEqual(['Kell posted the video on X.', 'The mayor said nothing.']);
    expect(sentences('The memo went to Malcolm Q. He read it.')).toEqual(['The memo went to Malcolm Q.', 'He read it.']);
    const tokens = segmentText('Kell posted the video on X.').tokens.map((t) => t.text);
    expect(tokens.slice(-2)).toEqual(['X', '.']);
  });

  it('keeps the period of "I", which as a word would be the pronoun', () => {
    const text = 'The grant came from Title I. The board spent it.';
    expect(segmentText(text).tokens.map((t) => t.text)).toContain('I.');
  });
});

describe('splitSentences: quotations', () => {
  it('keeps a quote of several sentences one sentence with its attribution', () => {
    expect(sentences('“We are ready. We will win,” he said. The crowd cheered.')).toEqual([
      '“We are ready. We will win,” he said.',
      'The crowd cheered.',
    ]);
    expect(sentences('"We are ready. We will win," he said. The crowd cheered.')).toEqual([
      '"We are ready. We will win," he said.',
      'The crowd cheered.',
    ]);
    expect(sentences("''We are ready. We will win,'' he said. The crowd cheered.")).toEqual([
      "''We are ready. We will win,'' he said.",
      'The crowd cheered.',
    ]);
  });

  it('does not split “Who is here?” Sanders asked. after the question mark', () => {
    expect(sentences('“Who is here?” Sanders asked. Nobody answered.')).toEqual(['“Who is here?” Sanders asked.', 'Nobody answered.']);
    expect(sentences('“Enough!” shouted the chairwoman. The room fell silent.')).toEqual([
      '“Enough!” shouted the chairwoman.',
      'The room fell silent.',
    ]);
  });

  it('splits after a quoted question that no speech verb follows', () => {
    expect(sentences('“Who is here?” The hall was empty.')).toEqual(['“Who is here?”', 'The hall was empty.']);
  });

  it('splits after a closing quote that ends a sentence', () => {
    expect(sentences('She called it “a disgrace.” Then she left.')).toEqual(['She called it “a disgrace.”', 'Then she left.']);
    expect(sentences('“Go,” she said. “Now.”')).toEqual(['“Go,” she said.', '“Now.”']);
  });

  it('keeps the sentences of each paragraph of a multi-paragraph quote together', () => {
    const text = '“We will fight. We will win.\n“We will endure. We will prevail,” she said. Then she sat.';
    const doc = segmentText(text);
    expect(doc.sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, '“We will fight. We will win.'],
      [1, '“We will endure. We will prevail,” she said.'],
      [1, 'Then she sat.'],
    ]);
  });
});

describe('splitSentences: dashes, brackets and ellipses', () => {
  it('does not split at dashes', () => {
    const text = 'Mr. Lee — the mayor since 2019 — spoke for an hour.';
    expect(sentences(text)).toEqual([text]);
    expect(sentences('“We will—” he began, then stopped. Aides — two of them — left.')).toEqual([
      '“We will—” he began, then stopped.',
      'Aides — two of them — left.',
    ]);
    expect(sentences('The U.S.-backed plan failed. Critics cheered.')).toEqual(['The U.S.-backed plan failed.', 'Critics cheered.']);
  });

  it('splits after a closing bracket and after an ellipsis before a capital', () => {
    expect(sentences('(He left early.) Then she spoke. He paused... Then he spoke.')).toEqual([
      '(He left early.)',
      'Then she spoke.',
      'He paused...',
      'Then he spoke.',
    ]);
  });

  it('does not split before a lower-case word or inside a number', () => {
    const text = 'Growth was 3.5 percent, i.e. weak... and slowing.';
    expect(sentences(text)).toEqual([text]);
  });
});

describe('splitSentences: paragraphs', () => {
  it('puts every sentence inside one paragraph and numbers the paragraphs', () => {
    const text = 'First line here. Second sentence\nNew paragraph.';
    const doc = segmentText(text);
    expect(doc.sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, 'First line here.'],
      [0, 'Second sentence'],
      [1, 'New paragraph.'],
    ]);
  });

  it('gives the range of each sentence’s tokens', () => {
    const doc = segmentText('Yes. Go.');
    expect(doc.sentences.map((s) => [s.firstToken, s.endToken])).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
});
