/**
 * Sign-off, lock, revise, export, and re-opening the PDF (issue 5).
 *
 * Signatures are given both ways: drawn (synthesised pointer moves on the pad)
 * and typed. The exported PDF is dropped back on the app, chosen from the
 * library, altered by one byte, and swapped for a PDF the app did not make.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Charter } from '../../src/charter/Charter';
import { fingerprintOf } from '../../src/charter/fingerprint';
import { base64ToBytes, bytesToBase64, extractCharterJson } from '../../src/export/pdf/embeddedCharter';
import {
  FIXTURES,
  expectStage,
  expectSaved,
  fixture,
  goNext,
  goVia,
  jsonFile,
  libraryItems,
  openCharterFile,
  openLibrary,
  readDownload,
  signAs,
} from './app';
import { pdfPages } from './pdfPages';
import { flat, pdfText } from './pdfText';

/** riverside-signed as a complete charter no one has signed yet. */
function readyToSign(id: string): Record<string, unknown> {
  return { ...fixture('riverside-signed.json'), id, status: 'draft', signatures: [], lockedAt: null, fingerprint: null };
}

const signerRow = (page: Page, name: string) => page.getByRole('list', { name: 'Signatories' }).getByRole('listitem').filter({ hasText: name });

/** Choose "Draw my signature" and draw a looping signature with the mouse, as a person would. */
async function drawSignature(page: Page, name: string): Promise<void> {
  const row = signerRow(page, name);
  await row.getByRole('radio', { name: 'Draw my signature' }).check();
  const pad = row.getByLabel(`Signature pad for ${name}: draw with a mouse, a finger or a pen`);
  await expect(row.getByText('Draw your signature above the line.')).toBeVisible(); // the library has loaded
  const box = (await pad.boundingBox())!;
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  // Two strokes: a loop-and-wave for the name, then an underline.
  await page.mouse.move(...at(0.08, 0.6));
  await page.mouse.down();
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    await page.mouse.move(...at(0.08 + 0.7 * t, 0.55 - 0.3 * Math.sin(t * Math.PI * 6)), { steps: 2 });
  }
  await page.mouse.up();
  await page.mouse.move(...at(0.1, 0.8));
  await page.mouse.down();
  await page.mouse.move(...at(0.8, 0.78), { steps: 12 });
  await page.mouse.up();
  await expect(row.getByRole('button', { name: 'Undo last stroke' })).toBeEnabled();
}

/** Drop a file on the page the way a browser does when a file is dragged in from the desktop. */
async function dropFile(page: Page, name: string, bytes: Uint8Array, type = 'application/pdf'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name, type }) => {
      const binary = atob(b64);
      const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      return dt;
    },
    { b64: Buffer.from(bytes).toString('base64'), name, type },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

const dialog = (page: Page) => page.getByRole('dialog');

/** WCAG 2.2 AA violations on the page as it is now, one line each. */
async function axe(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} — ${n.target.join(' ')}`));
}

test('sign by drawing and by typing, lock, try to edit, revise, export, and open the PDF again', async ({ page }) => {
  test.setTimeout(120_000);
  const id = 'e2e-signoff';
  await openLibrary(page);
  await openCharterFile(page, jsonFile('ready.json', readyToSign(id)));
  await expectStage(page, 'setup');
  await goVia(page, 'review');
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Completeness checks' }).getByRole('listitem').filter({ hasText: 'Done:' })).toHaveCount(5);
  await goNext(page, 'sign');
  await expect(page.getByText('0 of 4 signed')).toBeVisible();

  // José draws his signature (and types his name: ink alone does not say who drew it).
  await drawSignature(page, 'José Ñúñez');
  expect(await axe(page, 'sign off, drawing')).toEqual([]);
  const jose = signerRow(page, 'José Ñúñez');
  await jose.getByRole('button', { name: 'Sign as José Ñúñez' }).click();
  await expect(jose.getByRole('alert')).toContainText('Type your own name exactly as it appears: José Ñúñez');
  await jose.getByLabel('Type your full name to sign').fill('José Ñúñez');
  await jose.getByRole('button', { name: 'Sign as José Ñúñez' }).click();
  await expect(jose.getByRole('img', { name: 'Signature of José Ñúñez, drawn' })).toBeVisible();
  await expect(jose).toContainText(/Signed .*\d{1,2}:\d{2}/);

  // Nguyễn types her name; someone trying to sign for Zoë is refused.
  await signAs(page, 'Nguyễn Thị Minh');
  await expect(signerRow(page, 'Nguyễn Thị Minh').getByLabel('Signature of Nguyễn Thị Minh')).toHaveText('Nguyễn Thị Minh');
  const zoeRow = await signAs(page, 'Zoë Łukasiewicz', 'José Ñúñez');
  await expect(zoeRow.getByRole('alert')).toContainText('No one can sign on someone else’s behalf');
  await expect(page.getByText('2 of 4 signed')).toBeVisible();

  // Partly signed: the charter is read-only; changing it asks first, and "keep" keeps everything.
  await goVia(page, 'setup');
  await expect(page.getByLabel('Facilitator')).toBeDisabled();
  const gate = page.getByRole('region', { name: 'Signatures given so far' });
  await expect(gate).toContainText('2 of 4 signatories have already signed (José Ñúñez and Nguyễn Thị Minh)');
  await gate.getByRole('button', { name: 'Change the charter…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Any change clears those signatures');
  await expect(page.getByRole('button', { name: 'Clear the signatures and edit' })).toBeFocused();
  expect(await axe(page, 'partly signed, asking')).toEqual([]);
  await page.getByRole('button', { name: 'Keep the signatures' }).click();
  await expect(page.getByLabel('Facilitator')).toBeDisabled();

  // The last two sign, one drawn and one typed; the last signature locks the charter.
  await goVia(page, 'sign');
  await drawSignature(page, 'Zoë Łukasiewicz');
  const zoe = signerRow(page, 'Zoë Łukasiewicz');
  await zoe.getByLabel('Type your full name to sign').fill('zoë łukasiewicz');
  await zoe.getByRole('button', { name: 'Sign as Zoë Łukasiewicz' }).click();
  await expect(zoe.getByRole('img', { name: 'Signature of Zoë Łukasiewicz, drawn' })).toBeVisible();
  await signAs(page, 'Αλέξανδρος Παπαδόπουλος');
  await expect(page.getByText('Signed by all 4 signatories and locked.')).toBeVisible();
  const shortFp = (await page.getByRole('status').filter({ hasText: 'locked' }).locator('code').textContent())!;
  expect(shortFp).toMatch(/^[0-9a-f]{12}$/);
  await expectSaved(page);

  // Locked: the fields are disabled, and even an edit forced past them is undone by the session.
  await goVia(page, 'setup');
  const district = page.getByLabel('District', { exact: true });
  await expect(district).toBeDisabled();
  await page.evaluate(() => document.querySelectorAll('fieldset[disabled]').forEach((f) => f.removeAttribute('disabled')));
  await district.fill('A forged district');
  await expect(page.getByText(/signed and locked, so that change was not kept/)).toBeVisible();
  await expect(district).toHaveValue('Riverside Unified School District');

  // The review says the content still matches its fingerprint.
  await goVia(page, 'review');
  await expect(page.getByRole('heading', { name: 'Signed and locked' })).toBeVisible();
  await expect(page.getByText(`Its content matches its fingerprint ${shortFp}`)).toBeVisible();

  // Export the PDF on A4.
  await goVia(page, 'export');
  await page.getByRole('radio', { name: 'A4' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = new Uint8Array(await readDownload(download));
  const { text, pages } = await pdfText(pdf);
  for (const name of ['José Ñúñez', 'Nguyễn Thị Minh', 'Zoë Łukasiewicz', 'Αλέξανδρος Παπαδόπουλος']) expect(text).toContain(name);
  expect(flat(text)).toContain('Signature, drawn by hand');
  expect(flat(text)).toContain('Name typed by the signer: José Ñúñez');
  expect(flat(text)).toContain('Name typed by the signer: zoë łukasiewicz');
  expect(flat(text)).toContain('Signature (typed name)');
  for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
  const pageTexts = await pdfPages(pdf);
  expect(pageTexts).toHaveLength(pages);
  pageTexts.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`Revision 1 · Signed · Fingerprint ${shortFp}`));
  expect(new TextDecoder('latin1').decode(pdf)).toMatch(/\/Subtype \/Image/);

  // The browser's fingerprint is the one Node computes from the charter inside the PDF.
  const embedded = JSON.parse((await extractCharterJson(pdf))!) as Charter;
  expect(embedded.fingerprint!.slice(0, 12)).toBe(shortFp);
  expect(await fingerprintOf(embedded)).toBe(embedded.fingerprint);
  expect(embedded.signatures.map((s) => s.method)).toEqual(['drawn', 'typed', 'drawn', 'typed']);

  // Revise: revision 2 is a new, editable, unsigned draft linked to this one.
  await goVia(page, 'sign');
  await page.getByRole('button', { name: 'Start revision 2' }).click();
  await expectStage(page, 'setup');
  await expect(page.getByRole('banner')).toContainText('Revision 2');
  await expect(district).toBeEnabled();
  await page.getByLabel('Facilitator').fill('Dr. A. Okafor');
  await expectSaved(page);

  // Drop the exported PDF on the app (here, on a stage of revision 2): it is the signed revision 1, verified.
  await dropFile(page, download.suggestedFilename(), pdf);
  await expect(dialog(page)).toContainText('A Same Playbook charter PDF');
  await expect(dialog(page)).toContainText(`Verified. Signed revision 1. Its content matches its fingerprint ${shortFp}`);
  await expect(dialog(page)).toContainText('Your library already holds this charter, word for word.');
  await expect(dialog(page).getByRole('button', { name: 'Open it' })).toBeFocused();
  expect(await axe(page, 're-open dialog')).toEqual([]);
  await dialog(page).getByRole('button', { name: 'Open it' }).click();
  await expect(page).toHaveURL(new RegExp(`#/charter/${id}/review$`));
  await expect(page.getByRole('banner')).toContainText('Revision 1 · signed');

  // One byte of the embedded charter altered (a letter in an expectation): the check fails and nothing opens.
  const altered = alterEmbeddedCharter(pdf, (json) => json.replace('every principal', 'every pr1ncipal'));
  await dropFile(page, 'altered.pdf', altered);
  await expect(dialog(page).getByRole('heading')).toContainText('Changed after it was signed');
  await expect(dialog(page).getByRole('alert')).toContainText(`no longer matches its fingerprint ${shortFp}`);
  expect(await axe(page, 're-open dialog, refused')).toEqual([]);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();

  // A byte of the base64 itself broken: the PDF says it was altered.
  const broken = breakEmbeddedBase64(pdf);
  await dropFile(page, 'broken.pdf', broken);
  await expect(dialog(page).getByRole('heading')).toContainText('This PDF was altered');
  await dialog(page).getByRole('button', { name: 'Close' }).click();

  // A PDF another program made.
  await dropFile(page, 'minutes.pdf', foreignPdf());
  await expect(dialog(page).getByRole('heading')).toContainText('Not a Same Playbook PDF');
  await expect(dialog(page).getByRole('alert')).toContainText('This PDF was not made by Same Playbook');
  await dialog(page).getByRole('button', { name: 'Close' }).click();

  // The library still has exactly the two revisions.
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(libraryItems(page)).toHaveCount(2);
});

test('a charter PDF chosen in an empty library opens as a new, verified, signed charter', async ({ page }) => {
  // The PDF of the signed fixture, made by the same module the app uses.
  const { buildCharterPdf } = await import('../../src/export/pdf/charterPdf');
  const { loadFontsFromDisk } = await import('../../src/export/pdf/diskFonts');
  const signed = JSON.parse(readFileSync(`${FIXTURES}riverside-signed.json`, 'utf8')) as Charter;
  const pdf = await buildCharterPdf(signed, { fonts: await loadFontsFromDisk(), paper: 'letter' });

  await openLibrary(page);
  await page.getByLabel('Charter file to open').setInputFiles({ name: 'riverside.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(dialog(page)).toContainText(`Its content matches its fingerprint ${signed.fingerprint!.slice(0, 12)}`);
  await expect(dialog(page)).toContainText('It is not in your library yet. Opening it adds it, signed and locked as it was.');
  await dialog(page).getByRole('button', { name: 'Open it' }).click();
  await expectStage(page, 'review');
  await expect(page.getByRole('heading', { name: 'Signed and locked' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Drawn signature of José Ñúñez' })).toBeVisible();
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(libraryItems(page)).toHaveCount(1);

  // Cancel leaves the library as it was.
  await page.getByLabel('Charter file to open').setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from(foreignPdf()) });
  await expect(dialog(page)).toContainText('Nothing in your library has changed.');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(libraryItems(page)).toHaveCount(1);
});

test('changing a partly signed charter: a warning naming who signed, then their signatures are cleared and the edit kept', async ({ page }) => {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('ready.json', readyToSign('e2e-partly')));
  await goVia(page, 'review');
  await goNext(page, 'sign');
  await signAs(page, 'José Ñúñez');
  await expect(page.getByText('1 of 4 signed')).toBeVisible();

  await goVia(page, 'reflect');
  await expect(page.getByLabel('Why now?')).toBeDisabled();
  await page.getByRole('button', { name: 'Change the charter…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('José Ñúñez signed the charter as it is now. Any change clears that signature');
  await page.getByRole('button', { name: 'Clear the signature and edit' }).click();
  await expect(page.getByText('The signature of José Ñúñez was cleared.')).toBeVisible();
  const whyNow = page.getByLabel('Why now?');
  await expect(whyNow).toBeEnabled();
  await whyNow.fill('Scores have been flat for three years.');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Why now?')).toHaveValue('Scores have been flat for three years.');
  await goVia(page, 'sign');
  await expect(page.getByText('0 of 4 signed')).toBeVisible();
});

test('printing the review gives the charter alone, one section to a page', async ({ page }) => {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('signed.json', fixture('riverside-signed.json')));
  await goVia(page, 'review');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Charter steps' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Signed and locked' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Next: / })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeHidden();
  const sections = page.getByRole('article', { name: 'The charter' }).locator('section.doc-section');
  expect(await sections.count()).toBeGreaterThanOrEqual(8);
  const breaks = await sections.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks[0]).toBe('auto');
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  await expect(page.getByRole('img', { name: 'Drawn signature of José Ñúñez' })).toBeVisible();
});

test('the fingerprint function gives the same value in Chromium as in Node, for every fixture', async ({ page }) => {
  // The very module the app ships (src/charter/fingerprint.ts, with what it imports), bundled and run in the browser's WebCrypto.
  const bundled = buildSync({
    entryPoints: [fileURLToPath(new URL('../../src/charter/fingerprint.ts', import.meta.url))],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const js = bundled.outputFiles[0]!.text.replace(/module\.exports\s*=/, 'exports.__all =');
  await page.goto('/'); // the app's own page, a secure context with WebCrypto
  for (const name of ['riverside-signed.json', 'large-signed.json', 'riverside-draft.json']) {
    const charter = JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as Charter;
    // Evaluated as a script through the DevTools protocol (the page's CSP forbids eval, rightly).
    const inBrowser = (await page.evaluate(
      `(async () => { const exports = {}; ${js}\n; return (exports.__all ?? exports).fingerprintOf(${JSON.stringify(charter)}); })()`,
    )) as string;
    expect(inBrowser, name).toMatch(/^[0-9a-f]{64}$/);
    expect(inBrowser, name).toBe(await fingerprintOf(charter));
    if (charter.fingerprint) expect(inBrowser, name).toBe(charter.fingerprint);
  }
});

/** The PDF with its embedded charter decoded, changed, and re-encoded to the same length (so the PDF's offsets hold). */
function alterEmbeddedCharter(pdf: Uint8Array, change: (json: string) => string): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const m = /<sp:charterFileBase64>([A-Za-z0-9+/=]+)<\/sp:charterFileBase64>/.exec(text)!;
  const json = new TextDecoder().decode(base64ToBytes(m[1]!));
  const changed = change(json);
  expect(changed).not.toBe(json);
  const diff = [...json].filter((ch, i) => ch !== changed[i]).length;
  expect(diff, 'exactly one character differs').toBe(1);
  const b64 = bytesToBase64(new TextEncoder().encode(changed));
  expect(b64.length).toBe(m[1]!.length);
  const out = Uint8Array.from(text.replace(m[1]!, b64), (c) => c.charCodeAt(0)); // latin1 back to the same bytes
  expect(out.length).toBe(pdf.length);
  return out;
}

/** The PDF with one byte of the embedded base64 replaced by a character base64 never contains. */
function breakEmbeddedBase64(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const at = text.indexOf('<sp:charterFileBase64>') + '<sp:charterFileBase64>'.length + 200;
  const out = pdf.slice();
  out[at] = '*'.charCodeAt(0);
  return out;
}

/** A small, valid PDF with one page of text that Same Playbook did not make. */
function foreignPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // content stream
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const content = 'BT /F1 18 Tf 72 720 Td (Board meeting minutes) Tj ET';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body ?? `<< /Length ${content.length} >>\nstream\n${content}\nendstream`}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
