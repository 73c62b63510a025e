import { describe, expect, it } from 'vitest';
import { fold, foldTypography } from '../../pipeline/shared/fold.ts';
import { normalizeName, parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { PipelineError } from '../../pipeline/shared/errors.ts';

describe('fold: accents and dashes, code unit for code unit', () => {
  it.each([
    ['Progresívne Slovensko', 'Progresivne Slovensko'],
    ['Unity – National', 'Unity - National'],
    ['Łódź', 'Lodz'],
    ['Plain ASCII stays', 'Plain ASCII stays'],
  ])('%s → %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('foldTypography: fold, and quotes and spaces as typed on a keyboard', () => {
  it('keeps the length, so offsets stay those of the text', () => {
    const text = 'the “Blue” party’s 12.5\u00a0% — final';
    expect(foldTypography(text)).toBe('the "Blue" party\'s 12.5 % - final');
    expect(foldTypography(text)).toHaveLength(text.length);
  });
  it('reads a backtick as an apostrophe', () => {
    expect(foldTypography('People`s Party')).toBe("People's Party");
  });
});

describe('normalizeName compares names as matching reads them', () => {
  it('folds accents, dashes, case, apostrophes and double quotes', () => {
    expect(normalizeName('“Progresívne  Slovensko”')).toBe(normalizeName('progresivne slovensko'));
    expect(normalizeName('Unity – National')).toBe('unity - national');
    expect(normalizeName('People’s Party')).toBe("people's party");
  });
  it('makes the lexicon refuse one name, spelt with and without its accent, for two entities', () => {
    const text = [
      'election: {year: 2030}',
      'entities:',
      '  - {id: ps, name: Progresívne Slovensko, kind: party, aliases: [Progresívne Slovensko]}',
      '  - {id: other, name: Other List, kind: party, aliases: [Other List, Progresivne Slovensko]}',
      '',
    ].join('\n');
    let error: unknown;
    try {
      parseLexicon('sources/lexicon.yaml', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineError);
    expect(String((error as Error).message)).toMatch(/alias "Progresivne Slovensko" is given to both "ps" and "other"/);
  });
});
