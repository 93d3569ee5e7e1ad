/**
 * Re-opening a charter from a PDF: what a district sees for its own PDF, a
 * PDF from elsewhere, and one altered after it was signed. (The PDFs here are
 * minimal stand-ins carrying the same metadata packet buildCharterPdf writes;
 * checkCharterPdf.pdf.test.ts runs the real PDF through it.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from '../charter/Charter';
import { attachCharterFile, attachedCharterRange, bytesToBase64, charterXmp, rewriteEmbeddedCharter } from '../export/pdf/embeddedCharter';
import { checkCharterPdf, looksLikePdf, verifyCharter } from './checkCharterFile';

const text = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8');
const charter = (name: string) => JSON.parse(text(name)) as Charter;

/** A PDF-shaped file with the charter attached, as buildCharterPdf writes it. */
function pdfWith(json: string | null, after = ''): Blob {
  const body = json === null ? '' : attachment(json, 1);
  const bytes = Uint8Array.from(`%PDF-1.3\n%\u00ba\u00df\n${charterXmp({ title: 'T', description: 'D' })}\n${body}\n${after}%%EOF\n`, (c) => c.charCodeAt(0));
  return new Blob([bytes]);
}

/** The objects attachCharterFile writes, as text (each byte one character). */
function attachment(json: string, firstObject: number): string {
  const written: string[] = [];
  const subscribers: Record<string, Array<() => void>> = {};
  let n = firstObject - 1;
  const internal = {
    newObject: () => {
      written.push(`${++n} 0 obj`);
      return n;
    },
    write: (...s: string[]) => written.push(...s),
    events: { subscribe: (e: string, fn: () => void) => (subscribers[e] ??= []).push(fn) },
  };
  attachCharterFile({ internal }, json, 'The charter file');
  subscribers.postPutResources?.forEach((fn) => fn());
  return written.join('\n');
}

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The PDF-shaped file with its embedded charter changed in place. */
async function withPayload(blob: Blob, mutate: (json: string) => string): Promise<Uint8Array<ArrayBuffer>> {
  return rewriteEmbeddedCharter(await bytesOf(blob), mutate)! as Uint8Array<ArrayBuffer>;
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
    const pdf = await withPayload(pdfWith(text('riverside-signed')), (json) => json.replace('every principal', 'every pr1ncipal'));
    const r = await checkCharterPdf(new Blob([pdf]));
    expect(r).toMatchObject({ ok: false, reason: 'altered' });
    if (!r.ok) {
      expect(r.error).toContain('was changed after it was signed');
      expect(r.error).toContain(`no longer matches its fingerprint ${charter('riverside-signed').fingerprint!.slice(0, 12)}`);
    }
  });

  it('refuses a PDF whose fingerprint was changed to match a forged text (the stored one no longer fits)', async () => {
    const pdf = await withPayload(pdfWith(text('riverside-signed')), (json) => json.replace(/"fingerprint": "[0-9a-f]{4}/, '"fingerprint": "0000'));
    expect(await checkCharterPdf(new Blob([pdf]))).toMatchObject({ ok: false, reason: 'altered' });
  });

  it('still opens a PDF made before the embedded charter was compressed (plain base64)', async () => {
    const plain = `<sp:charterFileBase64>${bytesToBase64(new TextEncoder().encode(text('riverside-signed')))}</sp:charterFileBase64>`;
    const r = await checkCharterPdf(new Blob([`%PDF-1.3\n1 0 obj\n<< /Type /Metadata >>\nstream\n${plain}\nendstream\nendobj\n%%EOF\n`]));
    expect(r).toMatchObject({ ok: true, verdict: 'matches' });
  });

  it('says a PDF from elsewhere was not made by Same Playbook', async () => {
    const r = await checkCharterPdf(pdfWith(null));
    expect(r).toMatchObject({ ok: false, reason: 'not-ours' });
    if (!r.ok) expect(r.error).toMatch(/not made by Same Playbook/);
  });

  it('says a damaged embedding was altered or cut short, and never throws', async () => {
    const good = await bytesOf(pdfWith(text('riverside-signed')));
    const range = attachedCharterRange(good)!;
    const broken = good.slice();
    broken[range.start + 100] = broken[range.start + 100]! ^ 0x55;
    expect(await checkCharterPdf(new Blob([broken]))).toMatchObject({ ok: false, reason: 'damaged' });
    const cut = good.slice(0, range.start + range.length - 50);
    expect(await checkCharterPdf(new Blob([cut]))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('says when the charter inside is no longer a valid charter', async () => {
    const pdf = await withPayload(pdfWith(text('riverside-signed')), (json) => json.replace('"revision": 1', '"revision": 0'));
    const r = await checkCharterPdf(new Blob([pdf]));
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.error).toMatch(/revision/);
  });

  it('refuses a file that is not a PDF at all', async () => {
    expect(await looksLikePdf(new Blob([text('riverside-signed')]))).toBe(false);
    expect(await checkCharterPdf(new Blob(['hello']))).toMatchObject({ ok: false, reason: 'not-pdf' });
  });

  it('takes the last copy when a PDF was updated incrementally (as PDF editors append)', async () => {
    const r = await checkCharterPdf(pdfWith(text('riverside-signed'), `${attachment(text('riverside-draft'), 3)}\n`));
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
