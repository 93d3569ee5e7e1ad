import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from '../../charter/Charter';
import { charterHtml, escapeHtml } from './charterHtml';

const large = JSON.parse(readFileSync('tests/fixtures/large-signed.json', 'utf8')) as Charter;
const display = { locale: 'en-US', timeZone: 'UTC' };

describe('the web page of a charter', () => {
  it('is one self-contained document: language set, no script, nothing fetched from elsewhere', () => {
    const html = charterHtml(large, display);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|javascript:|<link|<iframe|https?:\/\//i);
    expect(html).toContain(`<h1>${escapeHtml(large.title)}</h1>`);
    for (const m of large.team) expect(html).toContain(escapeHtml(m.name.normalize('NFC')));
  });

  it('never lets user text become markup', () => {
    const c = structuredClone(large);
    c.title = '<img src=x onerror=alert(1)>';
    c.team[0]!.name = '"><script>alert(1)</script>';
    const html = charterHtml(c, display);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives every table header cells with scope, and every drawn signature an alt naming the signer', () => {
    const html = charterHtml(large, display);
    const th = html.match(/<th[ >][^>]*>/g) ?? [];
    expect(th.length).toBeGreaterThan(50);
    for (const cell of th) expect(cell).toMatch(/scope="(col|row)"/);
    const drawn = large.signatures.filter((s) => s.method === 'drawn').length;
    expect((html.match(/<img src="data:image\/png;base64,[^"]+" alt="Signature of [^"]+, drawn by hand">/g) ?? []).length).toBe(drawn);
  });
});
