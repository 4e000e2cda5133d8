import type { Diagnostic } from '../model/analysis.js';
import type { Paragraph } from './paragraphs.js';

/** Which family of marks a quotation uses. */
export type QuoteMarkStyle = 'double' | 'single' | 'guillemet' | 'low';

/** A stretch of quoted words inside one paragraph of a quotation. */
export interface QuotationSegment {
  /** Offset of the first quoted character (just after the opening mark). */
  readonly start: number;
  /** Offset just past the last quoted character (the closing mark, or the paragraph's end). */
  readonly end: number;
}

/** A pair of quote marks and the words between them. */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark. */
  readonly close: number;
  /** Offset of the first quoted character. */
  readonly contentStart: number;
  /** Offset just past the last quoted character. */
  readonly contentEnd: number;
  /** The family of marks. */
  readonly style: QuoteMarkStyle;
  /** 0 for an outer quotation, 1 for one nested inside another. */
  readonly depth: number;
  /**
   * The quoted stretch of each paragraph: more than one when the quotation runs over several
   * paragraphs (each reopens the quote, only the last closes it).
   */
  readonly segments: readonly QuotationSegment[];
}

type Role = 'open' | 'close' | 'either' | 'apostrophe';

interface Mark {
  readonly at: number;
  readonly length: number;
  readonly style: QuoteMarkStyle;
  readonly role: Role;
  /** For `low` and `guillemet` closers and for curly doubles: the literal character. */
  readonly char: string;
}

interface Open {
  mark: Mark;
  segments: QuotationSegment[];
  segmentStart: number;
}

/**
 * A quote character: " ' “ ” ‘ ’ « » „ ‚ ‹ ›. Global, so that `test` finds the next one natively
 * and leaves `lastIndex` just past it, making no match array.
 */
const MARK_CHAR = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a]/g;

/** Whether a UTF-16 unit is white space to `\s` in a regular expression without the `u` flag. */
function isRegExpSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Every quote mark in the text, as pairs of offset and length in one flat list. A doubled
 * apostrophe ('', ‘‘, ’’) is one mark, as some archives write it for a double quote, except that a
 * single quote closing right before a doubled-apostrophe close comes first: ''He said 'never.'''
 * (then ''). The marks are found by `MARK_CHAR.test`, whose native search runs several times
 * faster than a loop over the characters in JavaScript and makes no array per match, as `exec`
 * or a `matchAll` would; a text has a quote mark or an apostrophe every few dozen characters.
 * @internal
 */
export function findMarks(text: string): number[] {
  const found: number[] = [];
  const n = text.length;
  MARK_CHAR.lastIndex = 0;
  while (MARK_CHAR.test(text)) {
    const p = MARK_CHAR.lastIndex - 1;
    const c = text.charCodeAt(p);
    let length = 1;
    if (c === 0x27) {
      // '(?<=\S')(?='') comes first: a single quote right before a doubled-apostrophe close; then ''.
      const doubledAfter = p + 2 < n && text.charCodeAt(p + 1) === 0x27 && text.charCodeAt(p + 2) === 0x27;
      if (!(doubledAfter && p > 0 && !isRegExpSpace(text.charCodeAt(p - 1))) && p + 1 < n && text.charCodeAt(p + 1) === 0x27) length = 2;
    } else if ((c === 0x2018 || c === 0x2019) && p + 1 < n && text.charCodeAt(p + 1) === c) length = 2;
    found.push(p, length);
    MARK_CHAR.lastIndex = p + length;
  }
  return found;
}

/** Words written with an apostrophe for dropped letters, after the mark: ’em, ’til, ’cause, rock ’n’ roll. */
const ELISION = /^(?:n['\u2019]|(?:em|til|cause|cos|tis|twas|bout)(?![\p{L}\p{M}\p{N}]))/iu;

function isWordChar(ch: string): boolean {
  if (ch === '') return false;
  // ASCII is decided without a regular expression: letters and digits are word characters.
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return /[\p{L}\p{M}\p{N}]/u.test(ch);
}
function isSpaceOrNothing(ch: string): boolean {
  if (ch === '') return true;
  // ASCII white space is the space and U+0009 to U+000D; other ASCII characters are not.
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return /\s/u.test(ch);
}
/** Characters after which a mark still opens: "(“", "—‘", "[\"". */
function isOpeningContext(ch: string): boolean {
  return isSpaceOrNothing(ch) || '([{\u2014\u2013-/:\u201c\u2018"\'\u00ab\u201e'.includes(ch);
}
/** Characters before which a mark still closes: "”.", "’,", "\")". */
function isClosingContext(ch: string): boolean {
  return isSpaceOrNothing(ch) || '.,;:!?)]}\u2014\u2013-/\u2026\u201d\u2019"\'\u00bb'.includes(ch);
}

/** Whether a UTF-16 unit is a single quote mark that {@link classify} may read as an apostrophe: ' ‘ ’. */
function isSingleMark(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019;
}

/** Whether a UTF-16 unit is an ASCII letter or digit, a word character to {@link classify}. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

function markOf(at: number, length: number, char: string, style: QuoteMarkStyle, role: Role): Mark {
  return { at, length, style, role, char };
}

function classify(text: string, at: number, length: number, from: number, to: number): Mark {
  const ch = text.slice(at, at + length);
  const prev = at > from ? text.charAt(at - 1) : '';
  const next = at + length < to ? text.charAt(at + length) : '';
  const opens = isOpeningContext(prev) && !isSpaceOrNothing(next);
  const closes = !isSpaceOrNothing(prev) && isClosingContext(next);
  switch (ch) {
    // Doubled curly singles stand for curly doubles in some archives: ‘‘We won,’’ he said.
    case '\u201c':
    case '\u2018\u2018':
      return markOf(at, length, ch, 'double', closes && !opens ? 'either' : 'open');
    case '\u201d':
    case '\u2019\u2019':
      return markOf(at, length, ch, 'double', opens && !closes ? 'either' : 'close');
    case '"':
    case "''":
      return markOf(at, length, ch, 'double', opens && !closes ? 'open' : closes && !opens ? 'close' : 'either');
    case '\u00ab':
    case '\u2039':
      return markOf(at, length, ch, 'guillemet', 'open');
    case '\u00bb':
    case '\u203a':
      return markOf(at, length, ch, 'guillemet', 'close');
    case '\u201e':
    case '\u201a':
      return markOf(at, length, ch, 'low', 'open');
    default: {
      // Single marks double as apostrophes: don’t, Trump’s, ’90s, rock ’n’ roll.
      if (isWordChar(prev) && isWordChar(next)) return markOf(at, length, ch, 'single', 'apostrophe');
      if (/\d/.test(next) && !closes) return markOf(at, length, ch, 'single', 'apostrophe');
      // A dropped-letter apostrophe before a word: ’em, ’cause, the first mark of rock ’n’ roll.
      if (!isWordChar(prev) && ELISION.test(text.slice(at + 1, Math.min(to, at + 7)))) return markOf(at, length, ch, 'single', 'apostrophe');
      // The second mark of rock ’n’ roll.
      if (prev === 'n' && at - 2 >= from && "'\u2019\u2018".includes(text.charAt(at - 2)) && !isWordChar(at - 3 >= from ? text.charAt(at - 3) : '')) {
        return markOf(at, length, ch, 'single', 'apostrophe');
      }
      if (opens && !closes) return markOf(at, length, ch, 'single', ch === '\u2019' ? 'either' : 'open');
      if (closes && !opens) return markOf(at, length, ch, 'single', 'close');
      return markOf(at, length, ch, 'single', 'apostrophe');
    }
  }
}

function diagnostic(ruleId: string, reason: string, mark: Mark, expected?: string): Diagnostic {
  return {
    reason,
    span: { start: mark.at, end: mark.at + mark.length },
    ruleId,
    source: 'claimtrail',
    severity: 'warning',
    actual: mark.char,
    ...(expected === undefined ? {} : { expected }),
  };
}

const CLOSER_OF: Record<QuoteMarkStyle, string> = { double: '”', single: '’', guillemet: '»', low: '“' };

/** Whether a single mark stands like the apostrophe of a plural possessive: "workers' pay". */
function isPluralPossessive(text: string, mark: Mark): boolean {
  const after = mark.at + mark.length;
  return text.charAt(mark.at - 1) === 's' && text.charAt(after) === ' ' && /[a-z]/.test(text.charAt(after + 1));
}

/** Whether a later single mark of the paragraph closes after , . ! or ? ("... too low,' she said"). */
function strongSingleCloseAfter(text: string, marks: readonly Mark[], k: number): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m === undefined || m.style !== 'single' || m.role === 'apostrophe' || m.role === 'open') continue;
    if (',.!?'.includes(text.charAt(m.at - 1))) return true;
  }
  return false;
}

/**
 * Pairs the quote marks of a text, paragraph by paragraph: straight and curly double quotes,
 * single quotes nested inside double ones (and alone, as in headlines), « », „ “ (with ‚ ‘ inside),
 * and the doubled apostrophes ('', ‘‘ ’’) some archives use for a double quote. Apostrophes
 * (don’t, Trump’s, ’90s, rock ’n’ roll) are not quote marks. A quotation may run over several
 * paragraphs when each reopens it and only the last closes it. Marks that cannot be paired yield diagnostics and no
 * quotation, so a stray mark never swallows the rest of the article.
 */
export function pairQuoteMarks(
  text: string,
  paragraphs: readonly Paragraph[],
): { quotations: Quotation[]; diagnostics: Diagnostic[] } {
  const pairing = new Pairing();
  const { quotations, diagnostics, stack, count } = pairing;
  // A double quotation left open at the end of a paragraph, waiting for the next to reopen it.
  let carried: Open | undefined;
  // One scan of the whole text: scanning from each paragraph's start would run on to the next
  // mark however far away it is, quadratic over many paragraphs without quote marks.
  const found = findMarks(text);
  let f = 0;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para === undefined) continue;
    const marks: Mark[] = [];
    for (; f < found.length && (found[f] ?? 0) < para.end; f += 2) {
      const at = found[f] ?? 0;
      if (at < para.start) continue;
      const length = found[f + 1] ?? 1;
      // The most common mark by far, a single one between two letters or digits ("don’t",
      // "Trump's"), is an apostrophe, which pairs with nothing: no mark is made for it.
      if (length === 1 && isSingleMark(text.charCodeAt(at)) && at > para.start && at + 1 < para.end && isAsciiAlnum(text.charCodeAt(at - 1)) && isAsciiAlnum(text.charCodeAt(at + 1))) continue;
      marks.push(classify(text, at, length, para.start, para.end));
    }
    let first = 0;
    if (carried !== undefined) {
      const reopen = marks[0];
      if (reopen !== undefined && reopen.at === para.start && reopen.style === 'double' && reopen.role !== 'close') {
        carried.segmentStart = reopen.at + reopen.length;
        pairing.push(carried);
        first = 1;
      } else {
        diagnostics.push(diagnostic('quote-marks.unclosed', 'This quotation mark is never closed.', carried.mark, CLOSER_OF[carried.mark.style]));
      }
      carried = undefined;
    }

    for (let k = first; k < marks.length; k++) {
      const mark = marks[k];
      if (mark === undefined || mark.role === 'apostrophe') continue;
      // (An empty stack is never read at index -1: a read below zero is slow.)
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      if (mark.style === 'low') {
        pairing.openAt(mark);
      } else if (mark.style === 'guillemet') {
        if (mark.role === 'open') pairing.openAt(mark);
        else if (!pairing.closeStyle(mark, 'guillemet')) diagnostics.push(diagnostic('quote-marks.unopened', 'This closing quotation mark has no opening mark.', mark));
      } else if (mark.style === 'double') {
        // „ … “ closes with the mark English uses to open.
        if (top?.mark.style === 'low' && mark.char === '\u201c') {
          pairing.closeStyle(mark, 'low');
          continue;
        }
        const doubleOpen = count.double > 0;
        if (mark.role === 'open' || (mark.role === 'either' && !doubleOpen)) {
          // “Her claim that the dam “will hold” is false,” he said.: a double quotation opened inside
          // another whose next two double marks in the paragraph both close is nested in it.
          if (doubleOpen && mark.role === 'open' && count.double === 1 && nextTwoDoublesClose(marks, k, mark.char)) {
            pairing.openAt(mark);
            continue;
          }
          // English does not nest double quotes otherwise: the earlier one was left open.
          while (count.double > 0) {
            const o = pairing.pop();
            if (o !== undefined) pairing.unclosed(o);
          }
          pairing.openAt(mark);
        } else if (!pairing.closeStyle(mark, 'double')) {
          // ”We won,” she said.: a right mark with nothing open, when the paragraph's next double
          // mark is a right mark too, was typed for a left one.
          if (mark.char === '\u201d' && nextDoubleIsRight(marks, k)) pairing.openAt(mark);
          else diagnostics.push(diagnostic('quote-marks.unopened', 'This closing quotation mark has no opening mark.', mark));
        }
      } else {
        // German nests ‚ … ‘ inside „ … “: the mark English uses to open a single quote closes it.
        if (top?.mark.char === '\u201a' && mark.char === '\u2018') {
          pairing.closeStyle(mark, 'low');
          continue;
        }
        const singleOpen = top?.mark.style === 'single';
        // 'The workers' pay is too low,' she said: a plural possessive inside a single quotation
        // that a stronger closing mark (after , . ! or ?) ends later in the paragraph.
        if (singleOpen && mark.role !== 'open' && isPluralPossessive(text, mark) && strongSingleCloseAfter(text, marks, k)) continue;
        if (mark.role === 'open') pairing.openAt(mark);
        else if (singleOpen) pairing.closeStyle(mark, 'single');
        else if (mark.role === 'either') pairing.openAt(mark);
        // A lone closing single mark with nothing open is a plural possessive (leaders’ views).
      }
    }

    // A double quotation still open at the paragraph's end may continue in the next paragraph.
    const next = paragraphs[p + 1];
    const bottom = stack[0];
    if (bottom !== undefined && bottom.mark.style === 'double' && next !== undefined && startsWithDoubleOpener(text, next)) {
      while (stack.length > 1) {
        const o = pairing.pop();
        if (o !== undefined) pairing.unclosed(o);
      }
      pairing.pop();
      bottom.segments.push({ start: bottom.segmentStart, end: para.end });
      carried = bottom;
    } else {
      while (stack.length > 0) {
        const o = pairing.pop();
        if (o !== undefined) pairing.unclosed(o);
      }
    }
  }
  if (carried !== undefined) {
    diagnostics.push(diagnostic('quote-marks.unclosed', 'This quotation mark is never closed.', carried.mark, CLOSER_OF[carried.mark.style]));
  }
  quotations.sort(byOpenThenOuter);
  diagnostics.sort(byStart);
  return { quotations, diagnostics };
}

function byOpenThenOuter(a: Quotation, b: Quotation): number {
  return a.open - b.open || b.close - a.close;
}

function byStart(a: Diagnostic, b: Diagnostic): number {
  return (a.span?.start ?? 0) - (b.span?.start ?? 0);
}

/**
 * The state of {@link pairQuoteMarks}: the quotations open, found and reported. A class rather
 * than closures over local variables, which would be made anew for every text.
 */
class Pairing {
  readonly quotations: Quotation[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly stack: Open[] = [];
  /** How many quotations of each style are open, so that looking for one costs nothing when none is. */
  readonly count: Record<QuoteMarkStyle, number> = { double: 0, single: 0, guillemet: 0, low: 0 };

  push(open: Open): void {
    this.stack.push(open);
    this.count[open.mark.style]++;
  }

  pop(): Open | undefined {
    const open = this.stack.pop();
    if (open !== undefined) this.count[open.mark.style]--;
    return open;
  }

  finish(open: Open, closeMark: Mark): void {
    const segments = [...open.segments, { start: open.segmentStart, end: closeMark.at }];
    this.quotations.push({
      open: open.mark.at,
      close: closeMark.at + closeMark.length,
      contentStart: open.mark.at + open.mark.length,
      contentEnd: closeMark.at,
      style: open.mark.style,
      depth: this.stack.length,
      segments,
    });
  }

  openAt(mark: Mark): void {
    this.push({ mark, segments: [], segmentStart: mark.at + mark.length });
  }

  unclosed(open: Open): void {
    this.diagnostics.push(diagnostic('quote-marks.unclosed', 'This quotation mark is never closed.', open.mark, CLOSER_OF[open.mark.style]));
  }

  /** Closes the innermost open quotation of `style`, reporting any left open inside it. */
  closeStyle(mark: Mark, style: QuoteMarkStyle): boolean {
    if (this.count[style] === 0) return false;
    const { stack } = this;
    while (stack.length > 0 && stack[stack.length - 1]?.mark.style !== style) {
      const inner = this.pop();
      if (inner !== undefined) this.unclosed(inner);
    }
    const open = this.pop();
    if (open !== undefined) this.finish(open, mark);
    return true;
  }
}

/** Whether the next two double marks after `k` in the paragraph both close, in the style of `opener` (curly or straight). */
function nextTwoDoublesClose(marks: readonly Mark[], k: number, opener: string): boolean {
  let closes = 0;
  for (let j = k + 1; j < marks.length && closes < 2; j++) {
    const m = marks[j];
    if (m === undefined || m.style !== 'double') continue;
    if (m.role !== 'close' || (opener === '"') !== (m.char === '"')) return false;
    closes++;
  }
  return closes === 2;
}

/** Whether the next double mark after `k` in the paragraph is a right mark (”) that may close. */
function nextDoubleIsRight(marks: readonly Mark[], k: number): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m === undefined || m.style !== 'double') continue;
    return m.char === '\u201d' && m.role !== 'open';
  }
  return false;
}

function startsWithDoubleOpener(text: string, para: Paragraph): boolean {
  const ch = text.charAt(para.start);
  return ch === '\u201c' || ch === '"' || text.startsWith("''", para.start) || text.startsWith('\u2018\u2018', para.start);
}
