/** Signing, locking and revising a charter. */
import { newId, signatories, type Charter, type Signature } from './Charter';
import { openItems } from './completeness';
import { fingerprintOf } from './fingerprint';

export function hasSigned(c: Charter, memberId: string): boolean {
  return c.signatures.some((s) => s.memberId === memberId);
}

export function unsignedSignatories(c: Charter) {
  return signatories(c).filter((m) => !hasSigned(c, m.id));
}

/** Names compare without case, accents' composition or surrounding spaces. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

export type SignResult = { ok: true; charter: Charter; locked: boolean } | { ok: false; error: string };

/**
 * A signatory signs by typing their own name. Returns a new charter; when the
 * last signatory signs, the charter is locked and fingerprinted.
 */
export async function sign(c: Charter, memberId: string, typedName: string, at: Date = new Date()): Promise<SignResult> {
  if (c.status === 'signed') return { ok: false, error: 'This charter is already signed and locked.' };
  const open = openItems(c);
  if (open.length) {
    return { ok: false, error: `The charter is not complete yet, so no one can sign it: ${open.map((i) => i.message).join(' ')}` };
  }
  const member = c.team.find((m) => m.id === memberId);
  if (!member || !member.signatory) return { ok: false, error: 'Only a named signatory can sign.' };
  if (hasSigned(c, memberId)) return { ok: false, error: `${member.name} has already signed.` };
  if (!sameName(typedName, member.name)) {
    return { ok: false, error: `Type your own name exactly as it appears: ${member.name}. No one can sign on someone else’s behalf.` };
  }
  const signature: Signature = { memberId, typedName: typedName.normalize('NFC').trim(), signedAt: at.toISOString() };
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
  next.createdAt = at.toISOString();
  next.updatedAt = at.toISOString();
  return next;
}
