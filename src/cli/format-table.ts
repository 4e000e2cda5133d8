import type { Analysis, Claim, Entity } from '../index.js';

/** Options of {@link formatAnalysisTable}. */
export interface TableOptions {
  /** The terminal width in columns; every line fits in it. At least {@link MIN_TABLE_WIDTH}; 100 when left out. */
  readonly width?: number;
}

/** The narrowest table {@link formatAnalysisTable} draws; narrower widths are raised to it. */
export const MIN_TABLE_WIDTH = 60;
const DEFAULT_WIDTH = 100;
const GAP = '  ';

/** The number of terminal columns a string takes: one per code point (news text has no wide characters to speak of). */
function columns(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** One line: white space runs made single spaces, cut to `width` columns with an ellipsis, padded to `width`. */
export function fit(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const points = [...line];
  if (points.length <= width) return line + ' '.repeat(width - points.length);
  return `${points.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function row(cells: readonly (readonly [string, number])[]): string {
  return cells
    .map(([text, width]) => fit(text, width))
    .join(GAP)
    .trimEnd();
}

/**
 * The speaker as resolved: the entity's name, and the mention's words in parentheses when they
 * are not simply that name ("Vladimir Putin (he)", but "Yuri Ushakov" for "Kremlin adviser Yuri
 * Ushakov" or "Ushakov"). An unresolved mention is shown with a question mark.
 */
function speakerCell(analysis: Analysis, entities: ReadonlyMap<string, Entity>, index: number): string {
  const speaker = analysis.quotes[index]?.speaker;
  if (speaker === undefined) return '—';
  const entity = speaker.entityId === undefined ? undefined : entities.get(speaker.entityId);
  const mention = speaker.text.replace(/\s+/g, ' ').trim();
  if (entity === undefined) return `${mention} (?)`;
  // "Ushakov" or "Kremlin adviser Yuri Ushakov" is the name (with its title); "he" or a headline's "Russia Talks Putin" is not.
  const lower = mention.toLowerCase();
  const title = speaker.title === undefined ? '' : `${speaker.title.toLowerCase()} `;
  const named = [entity.name, ...entity.aliases].some((name) => lower === name.toLowerCase() || lower === title + name.toLowerCase());
  return named ? entity.name : `${entity.name} (${mention})`;
}

/** The primary tag and its sub-tags, e.g. `threat/conditional` or `assessment`. */
function tagCell(claim: Claim | undefined): string {
  const tags = claim?.tags ?? [];
  const primary = tags[0]?.tag;
  if (primary === undefined) return '—';
  const sub = tags.find((t) => t.tag.startsWith(`${primary}/`));
  return sub?.tag ?? primary;
}

/** The details of a claim worth a line of their own: other tags, condition, negation, modality, numbers, dates, when it was said. */
export function claimDetails(claim: Claim): string[] {
  const out: string[] = [];
  const shown = tagCell(claim);
  const more = claim.tags.filter((t) => t.tag !== shown && !shown.startsWith(`${t.tag}/`));
  if (more.length > 0) out.push(`also: ${more.map((t) => t.tag).join(', ')}`);
  if (claim.condition !== undefined) out.push(`condition: ${claim.condition.text}`);
  if (claim.negation !== undefined) out.push(`negated: "${claim.negation.exact}"`);
  if (claim.modality !== undefined) out.push(`modality: ${claim.modality.verb}`);
  for (const q of claim.numbers) {
    const unit = q.unit === undefined ? '' : ` ${q.unit}`;
    const noun = q.noun === undefined ? '' : ` (${q.noun})`;
    const bound = q.qualifier === 'exact' ? '' : ` ${q.qualifier}`;
    out.push(`number: "${q.text}" = ${q.value}${unit}${noun}${bound}`);
  }
  for (const d of claim.dates) out.push(`date: "${d.text}" = ${d.value ?? 'unresolved'}${d.relative ? ' (relative)' : ''}`);
  if (claim.saidAt !== undefined) out.push(`said on: ${claim.saidAt}`);
  return out;
}

/**
 * Renders an analysis as plain-text tables for a terminal: each statement with its speaker as
 * resolved, cue, mode, primary tag and content cut to one line, with its claim's condition,
 * numbers and dates below it; then the outlet's own claims; then the entities with their kind
 * and roles; then any diagnostics. Every line fits in `options.width` columns. Pure: the same analysis
 * and width always give the same string.
 *
 * @example
 * ```ts
 * console.log(formatAnalysisTable(analyze({ text }), { width: process.stdout.columns }));
 * ```
 */
export function formatAnalysisTable(analysis: Analysis, options: TableOptions = {}): string {
  const width = Math.max(MIN_TABLE_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const { source, quotes } = analysis;
  const lines: string[] = [];

  const facts = [source.id, source.publishedAt === undefined ? undefined : `published ${source.publishedAt}`].filter((fact) => fact !== undefined);
  lines.push(fit(facts.join(' · '), width).trimEnd());
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  lines.push(`${count(quotes.length, 'statement', 'statements')}, ${count(analysis.entities.length, 'entity', 'entities')}`);
  lines.push('');

  // Statements: #, speaker, cue, mode, tag, content. Each column is as wide as its widest cell (the
  // speaker's at most a quarter of the line); the content takes what the others leave.
  const claimOf = new Map<string, Claim>();
  for (const claim of analysis.claims) for (const quoteId of claim.quoteIds) if (!claimOf.has(quoteId)) claimOf.set(quoteId, claim);
  const tagCells = quotes.map((quote) => tagCell(claimOf.get(quote.id)));
  const tag = Math.min(21, Math.max(3, ...tagCells.map(columns)));
  const speakers = quotes.map((_, index) => speakerCell(analysis, entities, index));
  const cues = quotes.map((quote) => (quote.cue?.exact ?? '—').replace(/\s+/g, ' '));
  const number = Math.max(1, String(quotes.length).length);
  const speaker = Math.min(Math.floor(width * 0.25), Math.max(7, ...speakers.map(columns)));
  const cue = Math.min(12, Math.max(3, ...cues.map(columns)));
  const mode = Math.max(4, ...quotes.map((quote) => quote.mode.length));
  const content = width - (number + speaker + cue + mode + tag + 5 * GAP.length);
  const indent = ' '.repeat(number + GAP.length);
  lines.push(row([['#', number], ['speaker', speaker], ['cue', cue], ['mode', mode], ['tag', tag], ['content', content]]));
  lines.push('─'.repeat(width));
  quotes.forEach((quote, index) => {
    lines.push(
      row([
        [String(index + 1), number],
        [speakers[index] ?? '—', speaker],
        [cues[index] ?? '—', cue],
        [quote.mode, mode],
        [tagCells[index] ?? '—', tag],
        [quote.content.exact, content],
      ]),
    );
    const claim = claimOf.get(quote.id);
    if (claim !== undefined) for (const detail of claimDetails(claim)) lines.push(indent + fit(detail, width - indent.length).trimEnd());
  });
  if (quotes.length === 0) lines.push('(no statements found)');
  lines.push('');

  // The outlet's own claims: #, tag, the sentence.
  const own = analysis.claims.filter((claim) => claim.quoteIds.length === 0);
  if (own.length > 0) {
    const outlet = own[0]?.speakerId === undefined ? undefined : entities.get(own[0].speakerId);
    lines.push(fit(`the outlet's own claims (${outlet?.name ?? 'unnamed outlet'})`, width).trimEnd());
    const ownTags = own.map((claim) => tagCell(claim));
    const ownTag = Math.min(20, Math.max(3, ...ownTags.map(columns)));
    const n = Math.max(1, String(own.length).length);
    const text = width - (n + ownTag + 2 * GAP.length);
    lines.push(row([['#', n], ['tag', ownTag], ['claim', text]]));
    lines.push('─'.repeat(width));
    own.forEach((claim, index) => {
      lines.push(row([[String(index + 1), n], [ownTags[index] ?? '—', ownTag], [claim.text, text]]));
      const pad = ' '.repeat(n + GAP.length);
      for (const detail of claimDetails(claim)) lines.push(pad + fit(detail, width - pad.length).trimEnd());
    });
    lines.push('');
  }

  // Entities: id, name, kind, roles.
  const id = Math.max(2, ...analysis.entities.map((entity) => columns(entity.id)));
  const name = Math.min(32, Math.max(4, ...analysis.entities.map((entity) => columns(entity.name))));
  const kind = Math.max(4, ...analysis.entities.map((entity) => entity.kind.length));
  const roles = width - (id + name + kind + 3 * GAP.length);
  lines.push(row([['id', id], ['entity', name], ['kind', kind], ['roles', roles]]));
  lines.push('─'.repeat(width));
  for (const entity of analysis.entities) {
    lines.push(row([[entity.id, id], [entity.name, name], [entity.kind, kind], [entity.roles.map((role) => role.title).join('; ') || '—', roles]]));
  }
  if (analysis.entities.length === 0) lines.push('(no entities found)');

  if (analysis.diagnostics.length > 0) {
    lines.push('');
    lines.push('notes');
    lines.push('─'.repeat(width));
    for (const diagnostic of analysis.diagnostics) {
      const where = diagnostic.span === undefined ? '' : ` (at ${diagnostic.span.start})`;
      lines.push(fit(`${diagnostic.severity}: ${diagnostic.reason}${where}`, width).trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}
