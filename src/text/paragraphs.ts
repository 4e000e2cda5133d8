/** A paragraph: a line of text between line breaks, trimmed of surrounding white space. */
export interface Paragraph {
  /** Offset of the paragraph's first non-space character. */
  readonly start: number;
  /** Offset just past its last non-space character. */
  readonly end: number;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Adds `text[from, to)` trimmed of white space to `out`, unless nothing is left. */
function pushTrimmed(out: Paragraph[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/**
 * Splits a text into paragraphs at every line break. News feeds put one paragraph on a line;
 * blank lines between them make no empty paragraphs. Offsets refer to the text as given.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    pushTrimmed(out, text, from, m.index);
    from = m.index + m[0].length;
  }
  pushTrimmed(out, text, from, text.length);
  return out;
}
