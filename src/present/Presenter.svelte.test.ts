import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCharter, newFocusArea, type Charter } from '../charter/Charter';
import type { CharterSession } from '../shell/CharterSession.svelte';
import { STAGE_IDS, type StageId } from '../workflow/stages';
import { Presenter } from './Presenter.svelte';
import { openRoomChannel, type RoomMessage } from './roomChannel';
import { isRunning } from './timer';

/** A stand-in for the open charter: a stage that moves, and a gate after "setup" until the charter has a title. */
function fakeSession(): CharterSession {
  const c = newCharter();
  c.focusAreas = [newFocusArea('Elementary reading'), newFocusArea('Mathematics')];
  const s = $state({
    charter: c as Charter,
    stage: 'setup' as StageId,
    /** The real session hands the audience the charter as of the last pause in typing. */
    get settled() {
      return this.charter;
    },
    get blockers() {
      return this.stage === 'setup' && !this.charter.title ? [{ part: 'basics' as const, message: 'Give the charter a title.' }] : [];
    },
    next() {
      if (this.blockers.length) return false;
      const i = STAGE_IDS.indexOf(this.stage);
      if (i === STAGE_IDS.length - 1) return false;
      this.stage = STAGE_IDS[i + 1];
      return true;
    },
    back() {
      const i = STAGE_IDS.indexOf(this.stage);
      if (i > 0) this.stage = STAGE_IDS[i - 1];
    },
    goto(stage: StageId) {
      if (this.blockers.length && STAGE_IDS.indexOf(stage) > STAGE_IDS.indexOf(this.stage)) return false;
      this.stage = stage;
      return true;
    },
  });
  return s as unknown as CharterSession;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  localStorage.clear();
  sessionStorage.clear();
});

function presenter(session = fakeSession()) {
  const p = new Presenter(session);
  cleanups.push(() => p.dispose());
  flushSync();
  return { p, session };
}

describe('retreat mode in the facilitator’s window', () => {
  it('follows the stage with the agenda, and pauses the timer of the activity left behind', () => {
    const { p, session } = presenter();
    expect(p.activity.id).toBe('welcome');
    p.startTimer();
    flushSync();
    expect(isRunning(p.timer)).toBe(true);
    session.charter.title = 'Reading charter';
    session.next();
    flushSync();
    expect(p.activity.id).toBe('why-now');
    expect(isRunning(p.timer)).toBe(false);
    expect(p.timer.remainingMs).toBe(15 * 60_000);
    session.back();
    flushSync();
    expect(p.activity.id).toBe('welcome');
    expect(isRunning(p.timer), 'the paused welcome timer waits').toBe(false);
    expect(p.timer.remainingMs).toBeLessThanOrEqual(5 * 60_000);
  });

  it('moves the charter to the stage of an activity chosen on the agenda', () => {
    const { p, session } = presenter();
    session.charter.title = 'Reading charter';
    p.chooseActivity('roles');
    flushSync();
    expect(session.stage).toBe('roles');
    expect(p.activity.title).toBe('Who decides what');
    p.chooseAgenda('half-day');
    flushSync();
    expect(p.activity.id).toBe('roles');
    expect(p.activity.minutes).toBe(30);
  });

  it('says why the next step cannot open yet', async () => {
    const { p, session } = presenter();
    p.next();
    await Promise.resolve();
    expect(session.stage).toBe('setup');
    expect(p.announcement).toBe('Not yet: Give the charter a title.');
  });

  it('sends the audience window every change while presenting, and takes its keys', async () => {
    const { p, session } = presenter();
    session.charter.title = 'Reading charter';
    const seen: RoomMessage[] = [];
    const audience = openRoomChannel(session.charter.id, (m) => seen.push(m));
    cleanups.push(() => audience.close());
    vi.stubGlobal('open', () => null);
    p.present();
    flushSync();
    expect(p.popupBlocked, 'a blocked pop-up is reported').toBe(true);
    await vi.waitFor(() => expect(seen.some((m) => m.type === 'state')).toBe(true));
    const last = () => [...seen].reverse().find((m) => m.type === 'state') as Extract<RoomMessage, { type: 'state' }>;
    expect(last().room.content.stage).toBe('setup');

    audience.post({ type: 'hello', id: 'projector' });
    await vi.waitFor(() => expect(p.audiences).toEqual(['projector']));
    audience.post({ type: 'command', command: 'next' });
    await vi.waitFor(() => expect(session.stage).toBe('reflect'));
    flushSync();
    await vi.waitFor(() => expect(last().room.content.stage).toBe('reflect'));
    audience.post({ type: 'command', command: 'blank' });
    await vi.waitFor(() => expect(p.blank).toBe(true));
    flushSync();
    await vi.waitFor(() => expect(last().room.blank).toBe(true));
    audience.post({ type: 'goodbye', from: 'audience', id: 'projector' });
    await vi.waitFor(() => expect(p.audiences).toEqual([]));
    vi.unstubAllGlobals();
  });

  it('ignores the audience window’s keys when not presenting', async () => {
    const { p, session } = presenter();
    session.charter.title = 'Reading charter';
    const audience = openRoomChannel(session.charter.id, () => {});
    cleanups.push(() => audience.close());
    audience.post({ type: 'command', command: 'next' });
    await new Promise((r) => setTimeout(r, 50));
    expect(session.stage).toBe('setup');
    expect(p.presenting).toBe(false);
  });
});
