/** A paragraph: a line of text between line breaks, trimmed of surrounding white space. */
export interface Paragraph {
  /** Offset of the paragraph's first non-space character. */
  readonly start: number;
  /** Offset just past its last non-space character. */
  readonly end: number;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * Splits a text into paragraphs at every line break. News feeds put one paragraph on a line;
 * blank lines between them make no empty paragraphs. Offsets refer to the text as given.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let from = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
