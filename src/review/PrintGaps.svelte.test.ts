import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Charter } from '../charter/Charter';
import PrintGaps from './PrintGaps.svelte';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;

describe('PrintGaps', () => {
  it('says what the PDF will print without, and which names it cannot print faithfully', () => {
    const c = fixture();
    c.expectations.forEach((e) => (e.evidence = ''));
    const n = c.expectations.length;
    c.team[0]!.name = 'राहुल शर्मा';
    render(PrintGaps, { props: { charter: c } });
    expect(screen.getByText(new RegExp(`Will print without: .*evidence for ${n} expectations?;`))).toBeTruthy();
    expect(screen.getByText(/team member 1, name: “राहुल शर्मा” — Devanagari letters would print unjoined/)).toBeTruthy();
  });
});
