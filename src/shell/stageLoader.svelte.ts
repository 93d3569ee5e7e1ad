/**
 * The ten stages' code, each loaded when it is first needed: opening a charter
 * evaluates the frame of the page and the one stage shown, not all ten (a large
 * share of the page's start-up time on a phone). Once the charter is open, the
 * other stages load one at a time while the page is idle, so moving on to the
 * next step never waits. Every file is precached by the service worker, so this
 * works offline as well.
 */
import type { Component } from 'svelte';
import type { CharterSession } from './CharterSession.svelte';
import { STAGE_IDS, type StageId } from '../workflow/stages';

export type StageComponent = Component<{ session: CharterSession }>;

type Loader = () => Promise<{ default: StageComponent }>;

const LOADERS: Record<StageId, Loader> = {
  setup: () => import('../setup/SetupStage.svelte'),
  reflect: () => import('../reflect/ReflectStage.svelte'),
  // Explore the models needs no charter (it ignores the session it is given).
  models: () => import('../models/ModelsStage.svelte') as unknown as ReturnType<Loader>,
  positions: () => import('../positions/PositionsStage.svelte'),
  decide: () => import('../decide/DecideStage.svelte'),
  roles: () => import('../roles/RolesStage.svelte'),
  expectations: () => import('../expectations/ExpectationsStage.svelte'),
  review: () => import('../review/ReviewStage.svelte'),
  sign: () => import('../sign/SignStage.svelte'),
  export: () => import('../export/ExportStage.svelte'),
};

let loaded = $state.raw<Partial<Record<StageId, StageComponent>>>({});
const loading = new Map<StageId, Promise<StageComponent>>();

/** The stage's component, once its code is loaded (read in a component or effect, it updates when it is). */
export function loadedStage(stage: StageId): StageComponent | undefined {
  return loaded[stage];
}

/** Load a stage's code (once; a failed load is tried again the next time it is asked for). */
export function loadStage(stage: StageId): Promise<StageComponent> {
  let promise = loading.get(stage);
  if (!promise) {
    promise = LOADERS[stage]().then(({ default: component }) => {
      loaded = { ...loaded, [stage]: component };
      return component;
    });
    loading.set(stage, promise);
    promise.catch(() => loading.delete(stage));
  }
  return promise;
}

/** When the page is next idle (or soon, where the browser cannot say). */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

/**
 * Load every stage not loaded yet, one per idle moment (each one's code runs in a task of its own); each is
 * tried once here (one that fails loads when it is shown, or when its step's "Try again" is pressed).
 * Returns a function that stops it.
 */
export function loadEveryStageWhenIdle(): () => void {
  const left = STAGE_IDS.filter((s) => !loading.has(s));
  let cancel: (() => void) | null = null;
  let stopped = false;
  const next = () => {
    const stage = left.shift();
    if (stopped || !stage) return;
    cancel = whenIdle(() => {
      void loadStage(stage)
        .catch(() => {})
        .then(next);
    });
  };
  next();
  return () => {
    stopped = true;
    cancel?.();
  };
}
