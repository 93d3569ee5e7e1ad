/**
 * The room's answers and the charter: who may stand for which name, how many
 * have answered, and — at the reveal — writing the answers into the charter with
 * the same functions keyboard entry uses (views person by person, or a show of
 * hands). Plain TypeScript, no Svelte and no network.
 */
import type { Charter } from '../charter/Charter';
import { entryMode, setEntryMode, setMemberView, setRevealed, setTallyCount } from '../charter/positionsAndDecisions';
import type { ClaimRequest, PhoneAnswer, RoomMode, RoomResult } from './roomProtocol';

/** What the facilitator's browser knows of one phone. */
export interface PhoneState {
  phoneId: string;
  claim: ClaimRequest | null;
  /** focusAreaId → answer (already checked with readPhoneAnswer). */
  answers: Record<string, PhoneAnswer>;
}

export interface ClaimChanges {
  grant: Array<[memberId: string, phoneId: string]>;
  revoke: string[];
}

/**
 * Named mode: the facilitator's browser is the one place names are granted, so
 * two phones asking for the same name at once cannot both get it. A name goes
 * to the first phone that asks while it is free; a phone holds one name; a
 * request the facilitator released is not granted again until the phone asks anew.
 */
export function claimChanges(
  claims: ReadonlyMap<string, string>,
  released: ReadonlyMap<string, number>,
  phones: readonly PhoneState[],
  teamIds: ReadonlySet<string>,
): ClaimChanges {
  const holder = new Map(claims);
  const revoke: string[] = [];
  const grant: Array<[string, string]> = [];
  const held = (phoneId: string) => [...holder].find(([, p]) => p === phoneId)?.[0] ?? null;
  for (const phone of phones) {
    const req = phone.claim;
    const current = held(phone.phoneId);
    const wanted = req && teamIds.has(req.memberId) && (released.get(phone.phoneId) ?? 0) < req.n ? req.memberId : null;
    if (current && current !== wanted) {
      holder.delete(current);
      revoke.push(current);
    }
    if (wanted && current !== wanted && !holder.has(wanted)) {
      holder.set(wanted, phone.phoneId);
      grant.push([wanted, phone.phoneId]);
    }
  }
  return { grant, revoke };
}

/** The phones whose answers count: in named mode only those holding a name, with it. */
export function countedAnswers(
  mode: RoomMode,
  phones: readonly PhoneState[],
  claims: ReadonlyMap<string, string>,
  focusAreaId: string,
): Array<{ phoneId: string; memberId: string | null; answer: PhoneAnswer }> {
  const nameOf = new Map([...claims].map(([m, p]) => [p, m]));
  const out: Array<{ phoneId: string; memberId: string | null; answer: PhoneAnswer }> = [];
  for (const phone of phones) {
    const answer = phone.answers[focusAreaId];
    if (!answer) continue;
    const memberId = nameOf.get(phone.phoneId) ?? null;
    if (mode === 'named' && !memberId) continue;
    out.push({ phoneId: phone.phoneId, memberId, answer });
  }
  return out;
}

export function isComplete(a: PhoneAnswer): boolean {
  return a.now !== null && a.shouldBe !== null;
}

/** "7 of 9 have answered": both views given. Named mode counts the team; anonymous mode the phones that joined. */
export function answeredLine(answered: number, of: number): string {
  return `${answered} of ${of} ${answered === 1 && of === 1 ? 'has' : 'have'} answered`;
}

/** The counts a phone may see after the reveal. */
export function roomResult(answers: ReadonlyArray<{ answer: PhoneAnswer }>): RoomResult {
  const now: [number, number, number, number] = [0, 0, 0, 0];
  const shouldBe: [number, number, number, number] = [0, 0, 0, 0];
  let answered = 0;
  for (const { answer } of answers) {
    if (answer.now) now[answer.now - 1]++;
    if (answer.shouldBe) shouldBe[answer.shouldBe - 1]++;
    if (isComplete(answer)) answered++;
  }
  return { now, shouldBe, answered };
}

/**
 * The reveal: write the room's answers for one focus area into the charter,
 * exactly as keyboard entry would, and show them.
 *  - named: each person's own views (a view a phone did not give leaves what was typed);
 *  - anonymous: a show of hands counted from the phones (it replaces the counts).
 * Answers naming a person who is not in the team are left out.
 */
export function applyRoomAnswers(
  charter: Charter,
  focusAreaId: string,
  mode: RoomMode,
  answers: ReadonlyArray<{ memberId: string | null; answer: PhoneAnswer }>,
): void {
  if (!charter.focusAreas.some((f) => f.id === focusAreaId)) return;
  if (mode === 'named') {
    if (entryMode(charter, focusAreaId) !== 'people') setEntryMode(charter, focusAreaId, 'people');
    // In team order, as keyboard entry would list them.
    const byMember = new Map(answers.filter((a) => a.memberId).map((a) => [a.memberId!, a.answer]));
    for (const { id: memberId } of charter.team) {
      const answer = byMember.get(memberId);
      if (!answer) continue;
      if (answer.now) setMemberView(charter, focusAreaId, memberId, 'now', answer.now);
      if (answer.shouldBe) setMemberView(charter, focusAreaId, memberId, 'shouldBe', answer.shouldBe);
    }
  } else {
    if (entryMode(charter, focusAreaId) !== 'tally') setEntryMode(charter, focusAreaId, 'tally');
    const r = roomResult(answers);
    for (const m of [1, 2, 3, 4] as const) {
      setTallyCount(charter, focusAreaId, 'now', m, r.now[m - 1]);
      setTallyCount(charter, focusAreaId, 'shouldBe', m, r.shouldBe[m - 1]);
    }
  }
  setRevealed(charter, focusAreaId, true);
}
