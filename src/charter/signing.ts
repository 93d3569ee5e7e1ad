/**
 * Signing, locking and revising a charter.
 *
 * The rules, in one place:
 *  - only a named signatory signs, once, and only in their own name (they type it,
 *    whether they also draw their signature or not): no one signs on someone else's behalf;
 *  - no one signs while the charter still has open items;
 *  - the last signature locks the charter and records its fingerprint;
 *  - a locked charter never changes: "revise" starts revision N+1, a new draft linked to it;
 *  - a partly signed charter is read-only until someone chooses to change it, which clears
 *    the signatures given so far (they vouched for the text as it was).
 */
import {
  MAX_SIGNATURE_IMAGE_CHARS,
  SIGNATURE_IMAGE_PREFIX,
  newId,
  signatories,
  type Charter,
  type Signature,
  type TeamMember,
} from './Charter';
import { openItems } from './completeness';
import { canonicalContent, fingerprintOf } from './fingerprint';

export function hasSigned(c: Charter, memberId: string): boolean {
  return c.signatures.some((s) => s.memberId === memberId);
}

export function signatureOf(c: Charter, memberId: string): Signature | undefined {
  return c.signatures.find((s) => s.memberId === memberId);
}

export function unsignedSignatories(c: Charter): TeamMember[] {
  return signatories(c).filter((m) => !hasSigned(c, m.id));
}

/** Letters that carry no separable accent but have a plain keyboard spelling. */
const PLAIN_LETTERS: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};

/**
 * A name as it compares when signing: no case, no accents (é → e, Ł → l),
 * one space between words, and apostrophes, dots and hyphens ignored
 * ("O’Connor" = "OConnor", "Dr. Ruiz" = "Dr Ruiz").
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[łøđðħıŀßæœþ]/g, (ch) => PLAIN_LETTERS[ch] ?? ch)
    .replace(/['’ʼ‘`.\u2010-\u2015-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names compare without case, accents, punctuation or extra spaces. */
export function sameName(a: string, b: string): boolean {
  const k = nameKey(a);
  return k !== '' && k === nameKey(b);
}

/**
 * Whether a typed name signs for a team member: their name, or the name they
 * gave "as typed on a standard keyboard", each compared with sameName().
 */
export function namesMatch(typed: string, member: Pick<TeamMember, 'name'> & { keyboardName?: string }): boolean {
  return sameName(typed, member.name) || (!!member.keyboardName?.trim() && sameName(typed, member.keyboardName));
}

/**
 * Whether a name needs a keyboard form to be typed on a standard (US) keyboard:
 * it has letters that stay outside a–z once accents are dropped (Greek, Cyrillic,
 * Japanese…). Accented Latin names do not: they match without their accents.
 */
export function needsKeyboardName(name: string): boolean {
  return /[^a-z0-9 ,]/.test(nameKey(name));
}

/**
 * The keyboard form to suggest for a name, from a transliteration function
 * (any-ascii, loaded only when needed): one space between words, trimmed.
 */
export function suggestKeyboardName(name: string, transliterate: (s: string) => string): string {
  return transliterate(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** " Or as typed on a standard keyboard: Alexandros Papadopoylos." when the member gave one. */
export function keyboardHint(member: Pick<TeamMember, 'name'> & { keyboardName?: string }): string {
  const k = member.keyboardName?.trim();
  return k && !sameName(k, member.name) ? ` Or as typed on a standard keyboard: ${k}.` : '';
}

/** Why a drawn signature's image cannot be kept, or null when it can. */
export function signatureImageProblem(image: string): string | null {
  if (!image.startsWith(SIGNATURE_IMAGE_PREFIX + 'iVBORw0KGgo')) return 'The drawn signature is not a PNG image.';
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(image.slice(SIGNATURE_IMAGE_PREFIX.length))) return 'The drawn signature is damaged.';
  if (image.length > MAX_SIGNATURE_IMAGE_CHARS) return 'The drawn signature is too large to keep. Clear it and sign again, a little smaller.';
  return null;
}

export type SignResult = { ok: true; charter: Charter; locked: boolean } | { ok: false; error: string };

/**
 * A signatory signs by typing their own name and, optionally, drawing their
 * signature (`image`, a PNG data URL). Returns a new charter; when the last
 * signatory signs, the charter is locked and fingerprinted.
 */
/** What is recorded with a signature besides the name: consent, the statement agreed to, where and on what it was signed. */
export type SigningEvidence = Pick<Signature, 'consent' | 'intent' | 'timeZone' | 'device'>;

export async function sign(
  c: Charter,
  memberId: string,
  typedName: string,
  at: Date = new Date(),
  image: string | null = null,
  evidence: Partial<SigningEvidence> = {},
): Promise<SignResult> {
  if (c.status === 'signed') return { ok: false, error: 'This charter is already signed and locked.' };
  const open = openItems(c);
  if (open.length) {
    return { ok: false, error: `The charter is not complete yet, so no one can sign it: ${open.map((i) => i.message).join(' ')}` };
  }
  const member = c.team.find((m) => m.id === memberId);
  if (!member || !member.signatory) return { ok: false, error: 'Only a named signatory can sign.' };
  if (hasSigned(c, memberId)) return { ok: false, error: `${member.name} has already signed.` };
  if (!namesMatch(typedName, member)) {
    return {
      ok: false,
      error: `Type your own name exactly as it appears: ${member.name}.${keyboardHint(member)} Case, accents and extra spaces do not matter. No one can sign on someone else’s behalf.`,
    };
  }
  if (image !== null) {
    const problem = signatureImageProblem(image);
    if (problem) return { ok: false, error: problem };
  }
  const signature: Signature = {
    memberId,
    typedName: typedName.normalize('NFC').trim().replace(/\s+/g, ' '),
    method: image === null ? 'typed' : 'drawn',
    image,
    signedAt: at.toISOString(),
    consent: evidence.consent ?? false,
    intent: evidence.intent ?? '',
    timeZone: evidence.timeZone ?? '',
    device: evidence.device ?? '',
  };
  const next: Charter = structuredClone({ ...c, signatures: [...c.signatures, signature] });
  const locked = unsignedSignatories(next).length === 0;
  if (locked) {
    next.status = 'signed';
    next.lockedAt = at.toISOString();
    next.fingerprint = null;
    next.fingerprint = await fingerprintOf(next);
  }
  next.updatedAt = at.toISOString();
  return { ok: true, charter: next, locked };
}

/** Start revision N+1 from a signed charter: a new draft linked to it, signatures cleared. */
export function revise(c: Charter, at: Date = new Date()): Charter {
  const next: Charter = structuredClone(c);
  next.id = newId();
  next.revision = c.revision + 1;
  next.previousRevisionId = c.id;
  next.status = 'draft';
  next.signatures = [];
  next.lockedAt = null;
  next.fingerprint = null;
  next.signedContent = null;
  next.createdAt = at.toISOString();
  next.updatedAt = at.toISOString();
  return next;
}

/**
 * Why the charter's content cannot be changed right now, or null when it can:
 * "locked" once everyone has signed (start a revision instead), "partly-signed"
 * while some have signed (clear their signatures first, after a warning).
 */
export type EditBlock = 'locked' | 'partly-signed';

export function editBlock(c: Pick<Charter, 'status' | 'signatures'>): EditBlock | null {
  if (c.status === 'signed') return 'locked';
  if (c.signatures.length > 0) return 'partly-signed';
  return null;
}

/** The content a signature vouches for: everything but the signatures, the lock and volatile fields. */
export function agreedContent(c: Charter): string {
  return canonicalContent({ ...c, signatures: [], status: 'draft', lockedAt: null });
}

/**
 * True when `after` changes what `before` says (its content), as opposed to
 * only adding signatures or locking it. A locked charter may not change at all,
 * except its next review date: the one field outside what was signed, settable
 * at any time (the fingerprint leaves it out).
 */
export function changesContent(before: Charter, after: Charter): boolean {
  if (before.id !== after.id) return true;
  // canonicalContent() leaves the next review date out.
  if (before.status === 'signed') {
    return canonicalContent(before) !== canonicalContent(after) || before.fingerprint !== after.fingerprint;
  }
  if (agreedContent(before) !== agreedContent(after)) return true;
  // Signatures already given are never altered or taken away by an edit.
  const given = new Set(after.signatures.map((s) => JSON.stringify(s)));
  return !before.signatures.every((s) => given.has(JSON.stringify(s)));
}

/**
 * Clear the signatures of a partly signed charter so it can be changed. The
 * people who signed are returned, so the app can say whose signatures went.
 */
export function clearSignatures(c: Charter, at: Date = new Date()): { charter: Charter; cleared: TeamMember[] } {
  if (c.status === 'signed') throw new Error('A signed charter cannot be changed; start a new revision instead.');
  const cleared = c.signatures
    .map((s) => c.team.find((m) => m.id === s.memberId))
    .filter((m): m is TeamMember => m !== undefined);
  const charter: Charter = structuredClone({ ...c, signatures: [], updatedAt: at.toISOString() });
  return { charter, cleared };
}
