import { describe, expect, it } from 'vitest';
import { personInitials, personShortNames } from './personLabels';

const team = (...names: string[]) => names.map((name, i) => ({ id: `m${i}`, name }));
const values = (m: Map<string, string>) => [...m.values()];

describe('labels for the dots on the 2×2', () => {
  it('uses initials, keeping accents and non-Latin letters', () => {
    expect(values(personInitials(team('José Ñúñez', 'Nguyễn Thị Minh', 'Αλέξανδρος Παπαδόπουλος', 'Ольга Иванова', 'Siobhán O’Connor')))).toEqual([
      'JÑ',
      'NM',
      'ΑΠ',
      'ОИ',
      'SO',
    ]);
  });

  it('keeps an accent written as a separate combining mark with its letter', () => {
    expect(values(personInitials(team('Zoë Łukasiewicz', 'N\u0303ico Ro\u0301s')))).toEqual(['ZŁ', 'ÑR']);
  });

  it('never gives two people the same label', () => {
    const labels = values(personInitials(team('Jane Smith', 'John Smith', 'Jo Sato', 'Jo Sato', 'Cher', '', '  ')));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.slice(0, 2)).toEqual(['JaS', 'JoS1']);
    expect(labels[4]).toBe('CH');
  });

  it('shows first names, with a last initial or the full name when first names clash', () => {
    expect(values(personShortNames(team('José Ñúñez', 'Ana Ruiz', 'Ana Soto', 'Ben Li', 'Ben Lo', 'Ben Lo', '')))).toEqual([
      'José',
      'Ana R.',
      'Ana S.',
      'Ben Li',
      'Ben Lo',
      'Ben Lo',
      'Unnamed',
    ]);
  });
});
