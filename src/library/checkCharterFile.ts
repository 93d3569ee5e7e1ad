/**
 * Re-opening a charter from its PDF (or its charter file) and telling whether
 * it can be trusted: the charter travels inside every PDF the app makes
 * (embeddedCharter.ts); a signed one must still match the fingerprint it was
 * locked with, which is printed on every page.
 */
import type { Charter } from '../charter/Charter';
import { parseCharterFile } from '../charter/charterFile';
import { fingerprintOf, shortFingerprint, verifyFingerprint } from '../charter/fingerprint';
import { findEmbeddedCharter } from '../export/pdf/embeddedCharter';

/** No charter PDF comes near this; anything bigger is not one of ours. */
export const MAX_PDF_BYTES = 25 * 1024 * 1024;

export type Verdict =
  /** Signed, and its content still gives the fingerprint it was locked with. */
  | 'matches'
  /** A draft: nothing signed, so nothing to verify. */
  | 'draft';

export type CheckedCharter =
  | { ok: true; charter: Charter; verdict: Verdict; summary: string }
  | { ok: false; reason: 'not-pdf' | 'not-ours' | 'damaged' | 'invalid' | 'altered' | 'too-large'; error: string };

/** Does the file start like a PDF? (Checked on its bytes, not its name.) */
export async function looksLikePdf(file: Blob): Promise<boolean> {
  const head = new TextDecoder('latin1').decode(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));
  return head.includes('%PDF-');
}

/**
 * Check a valid charter's fingerprint. A signed charter whose content no
 * longer matches is refused: someone changed it after it was signed.
 */
export async function verifyCharter(charter: Charter, where = 'This charter'): Promise<CheckedCharter> {
  if (charter.status !== 'signed') {
    return {
      ok: true,
      charter,
      verdict: 'draft',
      summary: `A draft, revision ${charter.revision}. Drafts carry no fingerprint until everyone has signed, so there is nothing to verify.`,
    };
  }
  if (!(await verifyFingerprint(charter))) {
    const actual = charter.signedContent ? '' : ` (it now gives ${shortFingerprint(await fingerprintOf(charter))})`;
    return {
      ok: false,
      reason: 'altered',
      error:
        `${where} was changed after it was signed: its content no longer matches its fingerprint ` +
        `${shortFingerprint(charter.fingerprint)}${actual}. It cannot be trusted, so it was not opened.`,
    };
  }
  return {
    ok: true,
    charter,
    verdict: 'matches',
    summary: `Signed revision ${charter.revision}. Its content matches its fingerprint ${shortFingerprint(charter.fingerprint)}, the one printed on every page of its PDF.`,
  };
}

/** Read a PDF made by Same Playbook: find the charter inside, validate it like any charter file, verify it. */
export async function checkCharterPdf(file: Blob): Promise<CheckedCharter> {
  if (file.size > MAX_PDF_BYTES) {
    return { ok: false, reason: 'too-large', error: 'This PDF is larger than 25 MB; no charter PDF made by Same Playbook is that big.' };
  }
  if (!(await looksLikePdf(file))) return { ok: false, reason: 'not-pdf', error: 'This file is not a PDF.' };
  const found = findEmbeddedCharter(new Uint8Array(await file.arrayBuffer()));
  if (found.kind === 'none') {
    return {
      ok: false,
      reason: 'not-ours',
      error:
        'This PDF was not made by Same Playbook: there is no charter inside it. (A charter PDF that another program ' +
        're-saved or “printed to PDF” loses it too.) Open the original PDF, or the charter file.',
    };
  }
  if (found.kind === 'damaged') {
    return {
      ok: false,
      reason: 'damaged',
      error: `This PDF was made by Same Playbook, but the charter inside it is damaged (${found.detail}): the file was altered or cut short. It was not opened.`,
    };
  }
  const parsed = parseCharterFile(found.json);
  if (!parsed.ok) {
    return {
      ok: false,
      reason: 'invalid',
      error: `This PDF was made by Same Playbook, but the charter inside it was altered and is no longer valid. ${parsed.error}`,
    };
  }
  return verifyCharter(parsed.charter, 'The charter in this PDF');
}
