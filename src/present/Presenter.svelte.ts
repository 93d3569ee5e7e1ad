/**
 * Retreat mode for one open charter: the agenda and its timers, what the
 * projector shows, and the line to the audience window. The facilitator's
 * window owns all of it; the audience window only renders what it is sent and
 * passes back the keys pressed on it.
 */
import { untrack } from 'svelte';
import type { CharterSession } from '../shell/CharterSession.svelte';
import { AGENDAS, activityById, activityForStage, nextActivity, type Activity, type AgendaId } from './agenda';
import { audienceContent, spotlightChoices, validSpotlight, type AudienceContent, type SpotlightChoice } from './audienceContent';
import { Chime } from './chime';
import { loadPlan, savePlan, timerKey, type RetreatPlan } from './retreatStore';
import { audienceUrl, openRoomChannel, type RoomChannel, type RoomCommand, type RoomSnapshot } from './roomChannel';
import { singleKeysEnabled, setSingleKeysEnabled } from './shortcuts';
import { MINUTE_MS, extend, isRunning, isUp, newTimer, pause, start, type TimerState } from './timer';

const TICK_MS = 250;
const presentingKey = (id: string) => `same-playbook:presenting:${id}`;
const PANEL_KEY = 'same-playbook:facilitator-panel';

function loadPanelOpen(): boolean {
  try {
    return localStorage.getItem(PANEL_KEY) !== 'folded';
  } catch {
    return true;
  }
}

export class Presenter {
  /** This window is running a session (the facilitator pressed Present). */
  presenting = $state(false);
  /** The audience view fills this screen (one screen only). */
  fullscreen = $state(false);
  blank = $state(false);
  helpOpen = $state(false);
  singleKeys = $state(singleKeysEnabled());
  plan: RetreatPlan = $state() as RetreatPlan;
  /** Which focus area or prompt the projector shows, on stages that show one at a time. */
  spotlight: string | null = $state(null);
  /** The clock every display reads; it moves only while a timer runs. */
  now = $state(Date.now());
  /** Audience windows that said hello and have not said goodbye. */
  audiences: string[] = $state([]);
  /** A short message for screen readers and the panel (time up, a step that cannot open yet). */
  announcement = $state('');
  /** Set when the browser refused to open the audience window. */
  popupBlocked = $state(false);
  /** The side panel is open (folded, it shows only the timer). */
  panelOpen = $state(loadPanelOpen());

  #session: CharterSession;
  get session(): CharterSession {
    return this.#session;
  }
  readonly agenda = $derived(AGENDAS[this.plan.agendaId]);
  readonly activity: Activity = $derived(
    activityById(this.agenda, this.plan.activityId) ?? activityForStage(this.agenda, null, this.session.stage),
  );
  readonly upcoming: Activity | null = $derived(nextActivity(this.agenda, this.activity.id));
  readonly timer: TimerState = $derived(
    this.plan.timers[timerKey(this.plan.agendaId, this.activity.id)] ?? newTimer(this.activity.minutes),
  );
  readonly timeUp = $derived(isUp(this.timer, this.now));
  // The room sees the charter as it was when typing last paused (session.settled): no work per keystroke.
  readonly choices: SpotlightChoice[] = $derived(spotlightChoices(this.session.settled, this.session.stage));
  readonly shown: string | null = $derived(validSpotlight(this.session.settled, this.session.stage, this.spotlight));
  readonly content: AudienceContent = $derived(audienceContent(this.session.settled, this.session.stage, this.shown));
  readonly room: RoomSnapshot = $derived({
    content: this.content,
    timer: this.timer,
    activity: { title: this.activity.title, minutes: this.activity.minutes },
    blank: this.blank,
  });

  #channel: RoomChannel;
  #dispose: () => void;
  #tick: ReturnType<typeof setInterval> | null = null;
  #rung = '';
  #chime = new Chime();
  #window: Window | null = null;
  #lastPosted = '';
  #onPageHide = () => this.#channel.post({ type: 'goodbye', from: 'presenter' });

  constructor(session: CharterSession) {
    this.#session = session;
    const id = session.charter.id;
    this.plan = loadPlan(id);
    try {
      this.presenting = sessionStorage.getItem(presentingKey(id)) === 'yes';
    } catch {
      this.presenting = false;
    }
    this.#channel = openRoomChannel(id, (m) => {
      if (m.type === 'hello') {
        if (!this.audiences.includes(m.id)) this.audiences.push(m.id);
        this.#lastPosted = '';
        if (this.presenting) this.#post();
      } else if (m.type === 'goodbye' && m.from === 'audience') {
        this.audiences = this.audiences.filter((a) => a !== m.id);
      } else if (m.type === 'command' && this.presenting) {
        this.command(m.command);
      }
    });

    this.#dispose = $effect.root(() => {
      // The activity follows the stage; the timer of the activity left behind is paused.
      $effect(() => {
        const stage = this.session.stage;
        untrack(() => {
          const next = activityForStage(this.agenda, this.plan.activityId, stage);
          if (next.id !== this.plan.activityId) this.#switchActivity(next.id);
          this.spotlight = null;
        });
      });
      // The audience window gets every change, and nothing else.
      $effect(() => {
        // Nothing is computed for the audience while no one is presenting.
        if (!this.presenting) return;
        const room = $state.snapshot(this.room) as RoomSnapshot;
        const json = JSON.stringify(room);
        if (json === this.#lastPosted) return;
        this.#lastPosted = json;
        this.#channel.post({ type: 'state', room });
      });
      // The clock ticks only while a timer runs.
      $effect(() => {
        const running = isRunning(this.timer);
        this.now = Date.now();
        if (!running) return;
        const t = setInterval(() => this.#onTick(), TICK_MS);
        this.#tick = t;
        return () => clearInterval(t);
      });
      $effect(() => {
        savePlan(id, $state.snapshot(this.plan) as RetreatPlan);
      });
      $effect(() => {
        try {
          if (this.presenting) sessionStorage.setItem(presentingKey(id), 'yes');
          else sessionStorage.removeItem(presentingKey(id));
        } catch {
          // No session storage: presenting ends with the page.
        }
      });
    });
    addEventListener('pagehide', this.#onPageHide);
  }

  #post() {
    const room = $state.snapshot(this.room) as RoomSnapshot;
    this.#lastPosted = JSON.stringify(room);
    this.#channel.post({ type: 'state', room });
  }

  #onTick() {
    this.now = Date.now();
    const key = `${this.activity.id}:${this.timer.endsAt}`;
    if (isRunning(this.timer) && isUp(this.timer, this.now) && this.#rung !== key) {
      this.#rung = key;
      this.announce(`Time is up for “${this.activity.title}”.`);
      if (this.plan.sound) this.#chime.play();
    }
  }

  #setTimer(t: TimerState) {
    this.plan.timers[timerKey(this.plan.agendaId, this.activity.id)] = t;
  }

  #switchActivity(activityId: string) {
    if (isRunning(this.timer)) this.#setTimer(pause(this.timer, Date.now()));
    this.plan.activityId = activityId;
  }

  announce(message: string) {
    // Cleared first so the same message is announced again.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = message));
  }

  // --- presenting ----------------------------------------------------------

  /** Start presenting and open the audience window (for the projector). */
  present(): void {
    this.presenting = true;
    this.#chime.unlock();
    const w = window.open(audienceUrl(this.session.charter.id), `same-playbook-audience`, 'popup,width=1280,height=720');
    this.popupBlocked = !w;
    if (w) this.#window = w;
    this.#post();
  }

  stop(): void {
    this.#channel.post({ type: 'goodbye', from: 'presenter' });
    this.#window?.close();
    this.#window = null;
    this.presenting = false;
    this.fullscreen = false;
    this.blank = false;
    this.audiences = [];
  }

  /** Show the audience view full screen on this screen (or leave it). */
  setFullscreen(on: boolean): void {
    this.fullscreen = on;
    if (on) {
      this.presenting = true;
      this.#post();
    }
  }

  command(command: RoomCommand): void {
    if (command === 'next') this.next();
    else if (command === 'previous') this.previous();
    else this.toggleBlank();
  }

  next(): void {
    if (this.session.next()) return;
    const reason = this.session.blockers[0]?.message;
    if (reason) this.announce(`Not yet: ${reason}`);
    else if (this.session.stage === 'export') this.announce('This is the last step.');
  }

  previous(): void {
    if (this.session.stage === 'setup') this.announce('This is the first step.');
    else this.session.back();
  }

  toggleBlank(): void {
    this.blank = !this.blank;
    this.announce(this.blank ? 'The audience screen is blank. Press B to show it again.' : 'The audience screen shows the step again.');
  }

  setSingleKeys(on: boolean): void {
    this.singleKeys = on;
    setSingleKeysEnabled(on);
  }

  // --- agenda and timer ----------------------------------------------------

  chooseAgenda(agendaId: AgendaId): void {
    if (agendaId === this.plan.agendaId) return;
    if (isRunning(this.timer)) this.#setTimer(pause(this.timer, Date.now()));
    this.plan.agendaId = agendaId;
    this.plan.activityId = activityForStage(AGENDAS[agendaId], null, this.session.stage).id;
  }

  /** Move to an activity; the charter follows to its first stage when the room is elsewhere. */
  chooseActivity(activityId: string): void {
    const a = activityById(this.agenda, activityId);
    if (!a) return;
    this.#switchActivity(a.id);
    if (a.stages.length && !a.stages.includes(this.session.stage)) {
      const target = a.stages[0];
      if (!this.session.goto(target)) {
        this.announce(`“${a.title}” is on a step that cannot open yet: ${this.session.blockers[0]?.message ?? 'finish the earlier steps first.'}`);
      }
    }
  }

  startTimer(): void {
    this.#chime.unlock();
    this.#setTimer(start(this.timer, Date.now()));
  }

  pauseTimer(): void {
    this.#setTimer(pause(this.timer, Date.now()));
  }

  addMinutes(minutes: number): void {
    this.#setTimer(extend(this.timer, minutes * MINUTE_MS, Date.now()));
    this.announce(`${minutes} minute${minutes === 1 ? '' : 's'} added to “${this.activity.title}”.`);
  }

  resetTimer(): void {
    this.#setTimer(newTimer(this.activity.minutes));
  }

  setSound(on: boolean): void {
    this.plan.sound = on;
    if (on) this.#chime.unlock();
  }

  togglePanel(): void {
    this.panelOpen = !this.panelOpen;
    try {
      localStorage.setItem(PANEL_KEY, this.panelOpen ? 'open' : 'folded');
    } catch {
      // No storage: the choice lasts for this page.
    }
  }

  /** Play the chime once, so the facilitator can check the volume. */
  testSound(): void {
    this.#chime.play();
  }

  dispose(): void {
    removeEventListener('pagehide', this.#onPageHide);
    if (this.#tick) clearInterval(this.#tick);
    if (this.presenting) this.#channel.post({ type: 'goodbye', from: 'presenter' });
    this.#dispose();
    this.#channel.close();
  }
}
