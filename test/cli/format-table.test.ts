/**
 * The demo's table: statements with the speaker as resolved, cue, mode, tag and content on one
 * line and their claims' details below; the outlet's own claims; then the entities with kind and
 * roles; every line within the width.
 */
import { describe, expect, it } from 'vitest';
import { fit, formatAnalysisTable } from '../../src/cli/format-table.js';
import { analyze } from '../../src/index.js';

const text = 'Port director Elias Brandt met the union on Monday. He said that wages would rise by “at least five percent over the next two years, and probably more after that.”\n\nOfficials said the strike was over.';

function columns(line: string): number {
  return [...line].length;
}

describe('fit', () => {
  it('pads a short text and cuts a long one with an ellipsis, on one line', () => {
    expect(fit('said', 6)).toBe('said  ');
    expect(fit('the talks\nwere   useful', 12)).toBe('the talks w…');
    expect(columns(fit('“ready” ✓ Zelenskyy’s', 8))).toBe(8);
  });
});

describe('formatAnalysisTable', () => {
  const analysis = analyze({ id: 'strike', text, publishedAt: '2025-03-01' });

  it('lists each statement with the speaker as resolved, the mention when it differs, cue, mode, tag and content', () => {
    const table = formatAnalysisTable(analysis, { width: 100 });
    const lines = table.split('\n');
    expect(lines[0]).toBe('strike · published 2025-03-01');
    expect(lines[1]).toBe('2 statements, 3 entities');
    const he = lines.find((line) => line.includes('Elias Brandt (He)'));
    expect(he).toMatch(/^1 {2}Elias Brandt \(He\) +said +mixed +assessment\/prediction +wages would rise by “at least/);
    expect(he).toMatch(/…$/);
    expect(table).toMatch(/^2 {2}Officials +said +indirect +assessment +the strike was over$/m);
  });

  it("shows a claim's modality and numbers under its statement, indented", () => {
    const lines = formatAnalysisTable(analysis, { width: 100 }).split('\n');
    const at = lines.findIndex((line) => line.includes('Elias Brandt (He)'));
    expect(lines.slice(at + 1, at + 3)).toEqual(['   modality: would', '   number: "at least five percent" = 5 percent at-least']);
  });

  it("lists the outlet's own claims after the statements, with their dates resolved", () => {
    const table = formatAnalysisTable(analysis, { width: 100 });
    expect(table).toMatch(/^the outlet's own claims \(unnamed outlet\)\n#  tag +claim\n─+\n1  assessment  Port director Elias Brandt met the union on Monday\.\n {3}date: "Monday" = 2025-02-24 \(relative\)$/m);
  });

  it('lists the entities with their kind and roles', () => {
    const lines = formatAnalysisTable(analysis, { width: 100 }).split('\n');
    expect(lines.find((line) => line.startsWith('e1'))).toMatch(/^e1 {2}Elias Brandt +person +Port director$/);
    expect(lines.find((line) => line.startsWith('e2'))).toMatch(/^e2 {2}Officials +group +—$/);
    expect(lines.find((line) => line.startsWith('e3'))).toMatch(/^e3 {2}unnamed outlet +outlet +—$/);
  });

  it('keeps every line within the width, down to the narrowest table', () => {
    for (const width of [100, 80, 60, 20]) {
      const lines = formatAnalysisTable(analysis, { width }).trimEnd().split('\n');
      expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(Math.max(width, 60));
    }
  });

  it('marks an unresolved speaker and lists the diagnostic', () => {
    const table = formatAnalysisTable(analyze({ id: 'x', text: 'He said the vote was rigged.' }));
    expect(table).toContain('He (?)');
    expect(table).toContain('(no entities found)');
    expect(table).toMatch(/info: No antecedent for the pronoun "He"/);
  });

  it('is the same string for the same analysis', () => {
    expect(formatAnalysisTable(analysis)).toBe(formatAnalysisTable(analyze({ id: 'strike', text, publishedAt: '2025-03-01' })));
  });
});
