import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const seeds = join(import.meta.dirname, '..', 'seeds');

interface GoldQuote {
  quoteText: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
}
interface GoldDocument {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const goldFiles = readdirSync(seeds).filter((f) => f.endsWith('.gold.json'));

describe('seed gold annotations', () => {
  it('has at least one seed article with its text beside it', () => {
    expect(goldFiles.length).toBeGreaterThan(0);
    for (const file of goldFiles) {
      const text = readFileSync(join(seeds, file.replace('.gold.json', '.txt')), 'utf8');
      const [doc] = JSON.parse(readFileSync(join(seeds, file), 'utf8')) as GoldDocument[];
      expect(text.trimEnd()).toBe(doc?.text.trimEnd());
    }
  });

  it.each(goldFiles)('%s: every span matches the words it names', (file) => {
    const docs = JSON.parse(readFileSync(join(seeds, file), 'utf8')) as GoldDocument[];
    for (const doc of docs) {
      expect(doc.quotes.length).toBeGreaterThan(0);
      for (const q of doc.quotes) {
        expect(doc.text.slice(q.start, q.end)).toBe(q.quoteText);
        if (q.speaker !== null) expect(doc.text.slice(q.speakerStart ?? -1, q.speakerEnd ?? -1)).toBe(q.speaker);
        if (q.cue !== null) expect(doc.text.slice(q.cueStart ?? -1, q.cueEnd ?? -1)).toBe(q.cue);
      }
    }
  });
});
