/**
 * Re-opening a charter from a PDF: what a district sees for its own PDF, a
 * PDF from elsewhere, and one altered after it was signed. (The PDFs here are
 * minimal stand-ins carrying the same metadata packet buildCharterPdf writes;
 * checkCharterPdf.pdf.test.ts runs the real PDF through it.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from '../charter/Charter';
import { bytesToBase64, charterXmp } from '../export/pdf/embeddedCharter';
import { checkCharterPdf, looksLikePdf, verifyCharter } from './checkCharterFile';

const text = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8');
const charter = (name: string) => JSON.parse(text(name)) as Charter;

/** A PDF-shaped file with the charter in its XMP packet, as buildCharterPdf writes it. */
function pdfWith(json: string | null, after = ''): Blob {
  const xmp = json === null ? '' : charterXmp(json, { title: 'T', description: 'D' });
  return new Blob([`%PDF-1.3\n%\u00ba\u00df\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n${xmp}\nendstream\nendobj\n${after}%%EOF\n`]);
}

/** Replace the base64 payload in a PDF-shaped text with another of the same length. */
function withPayload(blobText: string, mutate: (json: string) => string): string {
  const m = /<sp:charterFileBase64>([^<]*)<\/sp:charterFileBase64>/.exec(blobText)!;
  const json = new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0)));
  return blobText.replace(m[1]!, bytesToBase64(new TextEncoder().encode(mutate(json))));
}

describe('checkCharterPdf', () => {
  it('re-opens a signed charter and says its content matches the fingerprint printed on every page', async () => {
    const r = await checkCharterPdf(pdfWith(text('riverside-signed')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.verdict).toBe('matches');
    expect(r.charter).toEqual(charter('riverside-signed'));
    expect(r.summary).toContain(`matches its fingerprint ${charter('riverside-signed').fingerprint!.slice(0, 12)}`);
  });

  it('re-opens a draft and says there is nothing to verify yet', async () => {
    const r = await checkCharterPdf(pdfWith(text('riverside-draft')));
    expect(r).toMatchObject({ ok: true, verdict: 'draft' });
    if (r.ok) expect(r.summary).toMatch(/nothing to verify/);
  });

  it('refuses a PDF that was altered after signing: one letter of one expectation changed', async () => {
    const pdf = withPayload(await pdfWith(text('riverside-signed')).text(), (json) => json.replace('every principal', 'every pr1ncipal'));
    const r = await checkCharterPdf(new Blob([pdf]));
    expect(r).toMatchObject({ ok: false, reason: 'altered' });
    if (!r.ok) {
      expect(r.error).toContain('was changed after it was signed');
      expect(r.error).toContain(`no longer matches its fingerprint ${charter('riverside-signed').fingerprint!.slice(0, 12)}`);
    }
  });

  it('refuses a PDF whose fingerprint was changed to match a forged text (the stored one no longer fits)', async () => {
    const pdf = withPayload(await pdfWith(text('riverside-signed')).text(), (json) => json.replace(/"fingerprint": "[0-9a-f]{4}/, '"fingerprint": "0000'));
    expect(await checkCharterPdf(new Blob([pdf]))).toMatchObject({ ok: false, reason: 'altered' });
  });

  it('says a PDF from elsewhere was not made by Same Playbook', async () => {
    const r = await checkCharterPdf(pdfWith(null));
    expect(r).toMatchObject({ ok: false, reason: 'not-ours' });
    if (!r.ok) expect(r.error).toMatch(/not made by Same Playbook/);
  });

  it('says a damaged embedding was altered or cut short, and never throws', async () => {
    const good = await pdfWith(text('riverside-signed')).text();
    const broken = good.replace(/(<sp:charterFileBase64>.{100})./, '$1*');
    expect(await checkCharterPdf(new Blob([broken]))).toMatchObject({ ok: false, reason: 'damaged' });
    const cut = good.slice(0, good.indexOf('</sp:charterFileBase64>') - 50);
    expect(await checkCharterPdf(new Blob([cut]))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('says when the charter inside is no longer a valid charter', async () => {
    const pdf = withPayload(await pdfWith(text('riverside-signed')).text(), (json) => json.replace('"revision": 1', '"revision": 0'));
    const r = await checkCharterPdf(new Blob([pdf]));
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.error).toMatch(/revision/);
  });

  it('refuses a file that is not a PDF at all', async () => {
    expect(await looksLikePdf(new Blob([text('riverside-signed')]))).toBe(false);
    expect(await checkCharterPdf(new Blob(['hello']))).toMatchObject({ ok: false, reason: 'not-pdf' });
  });

  it('takes the last copy when a PDF was updated incrementally (as PDF editors append)', async () => {
    const later = charterXmp(text('riverside-draft'), { title: 'T', description: 'D' });
    const r = await checkCharterPdf(pdfWith(text('riverside-signed'), `2 0 obj\nstream\n${later}\nendstream\nendobj\n`));
    expect(r).toMatchObject({ ok: true, verdict: 'draft' });
  });
});

describe('verifyCharter (charter files too)', () => {
  it('accepts an intact signed charter and refuses one edited by hand after signing', async () => {
    expect(await verifyCharter(charter('riverside-signed'))).toMatchObject({ ok: true, verdict: 'matches' });
    const edited = charter('riverside-signed');
    edited.title = 'A better title';
    expect(await verifyCharter(edited, 'This charter file')).toMatchObject({ ok: false, reason: 'altered' });
  });
});
