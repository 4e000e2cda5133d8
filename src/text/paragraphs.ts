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

/** Whether a character breaks a line: \n, \r, U+2028, U+2029 or NEL (U+0085). */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/**
 * Splits a text into paragraphs at every line break (\r\n counts as one). News feeds put one
 * paragraph on a line; blank lines between them make no empty paragraphs. Offsets refer to the
 * text as given. The line breaks are found by a loop over the characters rather than a regular
 * expression, whose every match would make an array.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    pushTrimmed(out, text, from, i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    from = i + 1;
  }
  pushTrimmed(out, text, from, text.length);
  return out;
}
