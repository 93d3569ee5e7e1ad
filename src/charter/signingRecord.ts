/**
 * The evidence behind each signature, in the manner of e-signature
 * certificates: the signer's explicit consent to sign electronically, the
 * intent statement they saw, the time zone and the browser and device they
 * signed on; and the history of the revision. The Sign off step records it,
 * the PDF's completion page and the web export print it.
 */
import { signatories, type Charter } from './Charter';

/** What a signer agrees to by ticking the consent box. */
export const CONSENT_STATEMENT =
  'I agree to sign this charter electronically, and that my electronic signature counts as my handwritten signature.';

/** The statement of intent shown to the signer and recorded with the signature. */
export function intentStatement(name: string, revision: number): string {
  return `I, ${name.normalize('NFC').trim().replace(/\s+/g, ' ')}, agree to this charter, revision ${revision}.`;
}


/**
 * "Chrome 140 on Windows", from a user-agent string: enough to say what a
 * signature was made on, without keeping the whole string.
 */
export function describeDevice(userAgent: string, platformMobile = false): string {
  const ua = userAgent || '';
  const browser =
    /Edg\/(\d+)/.exec(ua)?.[1] !== undefined
      ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}`
      : /Firefox\/(\d+)/.exec(ua)
        ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}`
        : /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua)
          ? `${/HeadlessChrome/.test(ua) ? 'Headless Chrome' : 'Chrome'} ${/(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua)![1]}`
          : /Version\/(\d+)[^ ]* .*Safari\//.exec(ua)
            ? `Safari ${/Version\/(\d+)/.exec(ua)![1]}`
            : '';
  const system = /iPhone|iPad|iPod/.test(ua)
    ? /iPad/.test(ua)
      ? 'iPad'
      : 'iPhone'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : '';
  const kind = platformMobile || /Mobile/.test(ua) ? ' (mobile)' : '';
  if (!browser && !system) return ua.slice(0, 120);
  return `${browser || 'A browser'}${system ? ` on ${system}` : ''}${kind}`;
}

export interface SignatureRecord {
  name: string;
  title: string;
  side: string;
  method: string;
  /** The consent, in words ('' when not recorded: signed before consent was asked). */
  consent: string;
  intent: string;
  signedAt: string;
  timeZone: string;
  device: string;
}

/** One record per signature, in the order the signatories are listed. */
export function signingRecord(c: Charter): SignatureRecord[] {
  const out: SignatureRecord[] = [];
  for (const m of signatories(c)) {
    const sig = c.signatures.find((s) => s.memberId === m.id);
    if (!sig) continue;
    const e = sig;
    out.push({
      name: m.name.trim() || sig.typedName,
      title: m.title.trim(),
      side: m.side === 'district' ? 'District' : 'School',
      method: sig.method === 'drawn' ? `Drawn by hand, with the name typed (“${sig.typedName}”)` : `Typed name (“${sig.typedName}”)`,
      consent: e.consent ? `Consented to sign electronically: “${CONSENT_STATEMENT}”` : '',
      intent: e.intent ? `“${e.intent}”` : '',
      signedAt: sig.signedAt,
      timeZone: e.timeZone,
      device: e.device,
    });
  }
  return out;
}

export interface HistoryEvent {
  at: string;
  what: string;
}

/** The revision's history: created (as a revision of an earlier one), each signature, locked. */
export function revisionHistory(c: Charter): HistoryEvent[] {
  const names = new Map(c.team.map((m) => [m.id, m.name.trim()]));
  const events: HistoryEvent[] = [];
  if (c.createdAt) {
    events.push({
      at: c.createdAt,
      what: c.previousRevisionId ? `Revision ${c.revision} started from revision ${c.revision - 1}` : `Charter created (revision ${c.revision})`,
    });
  }
  for (const s of [...c.signatures].sort((a, b) => (a.signedAt < b.signedAt ? -1 : 1))) {
    events.push({ at: s.signedAt, what: `Signed by ${names.get(s.memberId) || s.typedName} (${s.method === 'drawn' ? 'drawn' : 'typed'})` });
  }
  if (c.lockedAt) events.push({ at: c.lockedAt, what: 'Locked: every signatory had signed; fingerprint recorded' });
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The evidence to record with a signature, or why it cannot be given: the
 * signer must have agreed to sign electronically. The time zone and device
 * are the signer's own (the browser's), passed in so this stays testable.
 */
export function signingEvidence(
  name: string,
  revision: number,
  consent: boolean,
  timeZone: string,
  device: string,
): { ok: true; evidence: { consent: true; intent: string; timeZone: string; device: string } } | { ok: false; error: string } {
  if (!consent) return { ok: false, error: 'Tick the box to agree to sign electronically first.' };
  return { ok: true, evidence: { consent: true, intent: intentStatement(name, revision), timeZone, device } };
}
