/**
 * Retreat mode for one open charter: the agenda and its timers, what the
 * projector shows, and the line to the audience window. The facilitator's
 * window owns all of it; the audience window only renders what it is sent and
 * passes back the keys pressed on it.
 */
import { untrack } from 'svelte';
import type { CharterSession } from '../shell/CharterSession.svelte';
import type { StageFocus } from '../shell/stageFocus.svelte';
import type { StageId } from '../workflow/stages';
import {
  AGENDAS,
  activityById,
  activityForStage,
  nextActivity,
  scheduleStatus,
  startOffsets,
  type Activity,
  type AgendaId,
  type ScheduleStatus,
} from './agenda';
import {
  audienceContent,
  screenLabel,
  spotlightChoices,
  validSpotlight,
  type AudienceContent,
  type SpotlightChoice,
} from './audienceContent';
import { Chime } from './chime';
import { loadPlan, savePlan, timerKey, type RetreatPlan } from './retreatStore';
import { audienceUrl, openRoomChannel, type RoomChannel, type RoomCommand, type RoomSnapshot } from './roomChannel';
import { singleKeysEnabled, setSingleKeysEnabled } from './shortcuts';
import { MINUTE_MS, extend, isFresh, isRunning, isUp, newTimer, pause, start, type TimerState } from './timer';

const TICK_MS = 250;
/** While presenting with no timer running, the clock still moves for "on time" / "N minutes behind". */
const SLOW_TICK_MS = 5_000;
/** How long a message stays on the panel. */
const ANNOUNCEMENT_MS = 8_000;
/** Below this width the panel folds to a slim strip by itself and opens over the stage. */
export const WIDE_PANEL_QUERY = '(min-width: 1440px)';
const presentingKey = (id: string) => `same-playbook:presenting:${id}`;
const PANEL_KEY = 'same-playbook:facilitator-panel';

function matchWide(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(WIDE_PANEL_QUERY) : null;
}

/** A screen the facilitator keeps on the projector while moving on: a stage, and the focus area or prompt it shows. */
export interface ScreenPin {
  stage: StageId;
  spotlight: string | null;
}

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
  /**
   * Which focus area or prompt the projector shows, on stages that show one at a
   * time, and the stage it was chosen on. It follows the facilitator (the focus
   * area tab, the Decide card) and "Show on the screen".
   */
  spotlight: { stage: StageId; id: string | null } | null = $state(null);
  /** The projector keeps this screen until unpinned, wherever the facilitator goes. */
  pin: ScreenPin | null = $state(null);
  /** The clock every display reads; it moves only while a timer runs. */
  now = $state(Date.now());
  /** Audience windows that said hello and have not said goodbye. */
  audiences: string[] = $state([]);
  /** A short message for screen readers and the panel (time up, a step that cannot open yet). */
  announcement = $state('');
  /** Set when the browser refused to open the audience window. */
  popupBlocked = $state(false);
  /** On a wide screen: the side panel is open (folded, it is a slim strip). */
  panelOpen = $state(loadPanelOpen());
  /** On a narrower screen: the panel is open over the stage (closed, it is a slim strip). */
  overlayOpen = $state(false);
  /** The screen is wide enough (1440 px) for the panel beside the stage. */
  wide = $state(matchWide()?.matches ?? true);

  #session: CharterSession;
  get session(): CharterSession {
    return this.#session;
  }
  readonly agenda = $derived(AGENDAS[this.plan.agendaId]);
  readonly activity: Activity = $derived(
    activityById(this.agenda, this.plan.activityId) ?? activityForStage(this.agenda, null, this.session.stage),
  );
  readonly upcoming: Activity | null = $derived(nextActivity(this.agenda, this.activity.id));
  /** The timer of the activity in hand; each agenda item keeps its own. */
  readonly timer: TimerState = $derived(this.timerOf(this.activity));
  readonly timeUp = $derived(isUp(this.timer, this.now));
  /** The activity whose timer is running, if any: one runs at a time, and moving between steps does not stop it. */
  readonly running: Activity | null = $derived(this.agenda.activities.find((a) => isRunning(this.timerOf(a))) ?? null);
  /**
   * The timer the room sees: the activity in hand's once it has been started,
   * else one still running; none for a timer nobody started.
   */
  readonly roomTimer: { activity: Activity; timer: TimerState } | null = $derived(
    !isFresh(this.timer)
      ? { activity: this.activity, timer: this.timer }
      : this.running
        ? { activity: this.running, timer: this.timerOf(this.running) }
        : null,
  );
  /** On time, or how far behind, from the agenda's start time; null until the session has a start. */
  readonly schedule: ScheduleStatus | null = $derived(
    this.plan.startsAt === null ? null : scheduleStatus(this.agenda, this.activity.id, this.timer, this.plan.startsAt, this.now),
  );
  readonly choices: SpotlightChoice[] = $derived(spotlightChoices(this.session.charter, this.session.stage));
  /** The stage on the projector: the facilitator's, unless a screen is pinned. */
  readonly screenStage: StageId = $derived(this.pin?.stage ?? this.session.stage);
  readonly shown: string | null = $derived(
    this.pin
      ? validSpotlight(this.session.charter, this.pin.stage, this.pin.spotlight)
      : validSpotlight(
          this.session.charter,
          this.session.stage,
          this.spotlight?.stage === this.session.stage ? this.spotlight.id : null,
        ),
  );
  /** "Take positions · Elementary reading": what the projector shows, in words. */
  readonly screenName: string = $derived(screenLabel(this.session.charter, this.screenStage, this.shown));
  readonly content: AudienceContent = $derived(audienceContent(this.session.charter, this.screenStage, this.shown));
  readonly room: RoomSnapshot = $derived({
    content: this.content,
    timer: this.roomTimer?.timer ?? null,
    activity: this.roomTimer ? { title: this.roomTimer.activity.title, minutes: this.roomTimer.activity.minutes } : null,
    blank: this.blank,
  });
  /** The full panel beside the stage (wide screens). */
  readonly docked = $derived(this.wide && this.panelOpen);
  /** The full panel over the stage (narrower screens). */
  readonly overlay = $derived(!this.wide && this.overlayOpen);

  #channel: RoomChannel;
  #dispose: () => void;
  #tick: ReturnType<typeof setInterval> | null = null;
  #rung = '';
  #chime = new Chime();
  #window: Window | null = null;
  #lastPosted = '';
  #onPageHide = () => this.#channel.post({ type: 'goodbye', from: 'presenter' });
  #wideQuery = matchWide();
  #clearAnnouncement: ReturnType<typeof setTimeout> | null = null;
  #onWide = (e: MediaQueryListEvent) => {
    this.wide = e.matches;
    this.overlayOpen = false;
  };
  #focus: StageFocus | null;

  constructor(session: CharterSession, focus: StageFocus | null = null) {
    this.#session = session;
    this.#focus = focus;
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
      // The activity follows the stage; a running timer keeps running.
      $effect(() => {
        const stage = this.session.stage;
        untrack(() => {
          const next = activityForStage(this.agenda, this.plan.activityId, stage, (a) => !isFresh(this.timerOf(a)));
          if (next.id !== this.plan.activityId) this.plan.activityId = next.id;
        });
      });
      // The projector follows the focus area the facilitator is on.
      $effect(() => {
        const focus = this.#focus;
        if (!focus) return;
        const stage = focus.stage;
        const id = focus.focusAreaId;
        if (stage) untrack(() => (this.spotlight = { stage, id }));
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
      // The clock ticks fast while a timer runs, and slowly while presenting (for "N minutes behind").
      $effect(() => {
        const running = this.running !== null;
        const presenting = this.presenting;
        this.now = Date.now();
        if (!running && !presenting) return;
        const t = setInterval(() => this.#onTick(), running ? TICK_MS : SLOW_TICK_MS);
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
    this.#wideQuery?.addEventListener('change', this.#onWide);
  }

  timerOf(a: Activity): TimerState {
    return this.plan.timers[timerKey(this.plan.agendaId, a.id)] ?? newTimer(a.minutes);
  }

  #post() {
    const room = $state.snapshot(this.room) as RoomSnapshot;
    this.#lastPosted = JSON.stringify(room);
    this.#channel.post({ type: 'state', room });
  }

  #onTick() {
    this.now = Date.now();
    const a = this.running;
    if (!a) return;
    const t = this.timerOf(a);
    const key = `${a.id}:${t.endsAt}`;
    if (isUp(t, this.now) && this.#rung !== key) {
      this.#rung = key;
      this.announce(`Time is up for “${a.title}”.`);
      if (this.plan.sound) this.#chime.play();
    }
  }

  #setTimer(t: TimerState, a: Activity = this.activity) {
    this.plan.timers[timerKey(this.plan.agendaId, a.id)] = t;
  }

  /** Pause every running timer but the activity in hand's (one clock runs at a time). */
  #pauseOthers(now: number) {
    for (const a of this.agenda.activities) {
      const t = this.timerOf(a);
      if (a.id !== this.activity.id && isRunning(t)) this.#setTimer(pause(t, now), a);
    }
  }

  announce(message: string) {
    // Cleared first so the same message is announced again; it goes away by itself after a while.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = message));
    if (this.#clearAnnouncement) clearTimeout(this.#clearAnnouncement);
    this.#clearAnnouncement = setTimeout(() => {
      if (this.announcement === message) this.announcement = '';
    }, ANNOUNCEMENT_MS);
  }

  // --- presenting ----------------------------------------------------------

  /** Start presenting and open the audience window (for the projector). */
  present(): void {
    this.presenting = true;
    if (this.plan.startsAt === null) {
      // The session starts now, as far as the agenda is concerned, at the activity in hand.
      const i = this.agenda.activities.findIndex((a) => a.id === this.activity.id);
      const now = Date.now();
      this.plan.startsAt = now - (now % MINUTE_MS) - (startOffsets(this.agenda)[i] ?? 0) * MINUTE_MS;
    }
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
    this.pin = null;
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
    if (this.running) this.#setTimer(pause(this.timerOf(this.running), Date.now()), this.running);
    this.plan.agendaId = agendaId;
    this.plan.activityId = activityForStage(AGENDAS[agendaId], null, this.session.stage).id;
  }

  /** Move to an activity; the charter follows to its first stage when the room is elsewhere. */
  chooseActivity(activityId: string): void {
    const a = activityById(this.agenda, activityId);
    if (!a) return;
    this.plan.activityId = a.id;
    if (a.stages.length && !a.stages.includes(this.session.stage)) {
      const target = a.stages[0];
      if (!this.session.goto(target)) {
        this.announce(`“${a.title}” is on a step that cannot open yet: ${this.session.blockers[0]?.message ?? 'finish the earlier steps first.'}`);
      }
    }
  }

  startTimer(): void {
    this.#chime.unlock();
    const now = Date.now();
    this.#pauseOthers(now);
    this.#setTimer(start(this.timer, now));
  }

  /** The session's start time, for "on time" or "N minutes behind". */
  setStartsAt(ms: number | null): void {
    this.plan.startsAt = ms;
  }

  // --- what the projector shows --------------------------------------------

  /** "Show on the screen": a focus area or prompt of the facilitator's stage (null: the overview or the first). */
  show(id: string | null): void {
    this.spotlight = { stage: this.session.stage, id };
    if (this.pin) this.pin = { stage: this.session.stage, spotlight: id };
  }

  /** Keep what the projector shows now, wherever the facilitator goes. */
  pinScreen(): void {
    this.pin = { stage: this.screenStage, spotlight: this.shown };
    this.announce(`Pinned: the projector keeps showing ${this.screenName}.`);
  }

  /** The projector follows the facilitator again. */
  unpinScreen(): void {
    this.pin = null;
    this.announce('Unpinned: the projector follows you again.');
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

  /** Open the full panel: beside the stage on a wide screen, over it on a narrower one. */
  openPanel(): void {
    if (this.wide) this.#setPanelOpen(true);
    else this.overlayOpen = true;
  }

  /** Fold the panel back to its slim strip. */
  closePanel(): void {
    if (this.wide) this.#setPanelOpen(false);
    else this.overlayOpen = false;
  }

  #setPanelOpen(open: boolean): void {
    this.panelOpen = open;
    try {
      localStorage.setItem(PANEL_KEY, open ? 'open' : 'folded');
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
    this.#wideQuery?.removeEventListener('change', this.#onWide);
    if (this.#tick) clearInterval(this.#tick);
    if (this.#clearAnnouncement) clearTimeout(this.#clearAnnouncement);
    if (this.presenting) this.#channel.post({ type: 'goodbye', from: 'presenter' });
    this.#dispose();
    this.#channel.close();
  }
}
