import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCharter, newFocusArea, type Charter } from '../charter/Charter';
import type { CharterSession } from '../shell/CharterSession.svelte';
import { STAGE_IDS, type StageId } from '../workflow/stages';
import { Presenter } from './Presenter.svelte';
import { openRoomChannel, type RoomMessage } from './roomChannel';
import { isRunning } from './timer';
import { StageFocus } from '../shell/stageFocus.svelte';

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
  it('follows the stage with the agenda; each activity keeps its own timer, and moving does not stop one', () => {
    const { p, session } = presenter();
    expect(p.activity.id).toBe('welcome');
    expect(p.room.timer, 'a timer nobody started is not shown to the room').toBeNull();
    p.startTimer();
    flushSync();
    expect(isRunning(p.timer)).toBe(true);
    expect(p.room.activity?.title).toBe('Welcome and purpose');
    session.charter.title = 'Reading charter';
    session.next();
    flushSync();
    expect(p.activity.id).toBe('why-now');
    expect(p.timer.remainingMs).toBe(15 * 60_000);
    expect(p.running?.id, 'the welcome timer still runs').toBe('welcome');
    expect(p.room.activity?.title, 'the room sees the running timer, not an unstarted one').toBe('Welcome and purpose');
    // Starting this activity's timer pauses the other: one clock at a time.
    p.startTimer();
    flushSync();
    expect(p.running?.id).toBe('why-now');
    expect(p.room.activity?.title).toBe('Why now: the data and past efforts');
    session.back();
    flushSync();
    expect(p.activity.id).toBe('welcome');
    expect(isRunning(p.timer), 'the welcome timer waits, paused, where it was').toBe(false);
    expect(p.timer.remainingMs).toBeLessThanOrEqual(5 * 60_000);
    expect(p.timer.remainingMs).toBeGreaterThan(4 * 60_000);
    expect(p.room.activity?.title, 'a started timer is shown').toBe('Welcome and purpose');
  });

  it('shows the focus area the facilitator is on, and keeps a pinned screen', () => {
    const focus = new StageFocus();
    const session = fakeSession();
    const p = new Presenter(session, focus);
    cleanups.push(() => p.dispose());
    flushSync();
    const [reading, maths] = session.charter.focusAreas;
    session.charter.title = 'Reading charter';
    session.goto('positions');
    flushSync();
    expect(p.shown).toBe(reading.id);
    focus.set('positions', maths.id);
    flushSync();
    expect(p.shown, 'the projector follows the tab').toBe(maths.id);
    expect(p.screenName).toBe('Take positions · Mathematics');
    p.pinScreen();
    session.goto('decide');
    flushSync();
    expect(p.content.stage, 'pinned: the projector stays').toBe('positions');
    expect(p.shown).toBe(maths.id);
    p.unpinScreen();
    flushSync();
    expect(p.content.stage).toBe('decide');
    expect(p.shown, 'Decide opens on its overview').toBeNull();
    focus.set('decide', reading.id);
    flushSync();
    expect(p.shown).toBe(reading.id);
    p.show(null);
    flushSync();
    expect(p.shown, '“Show on the screen” still chooses').toBeNull();
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
