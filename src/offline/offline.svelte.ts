/**
 * Working without a network: the service worker (vite-plugin-pwa, Workbox)
 * keeps every file of the app — the PDF module and its fonts included — so after
 * the first visit it opens and works with no connection.
 *
 * A new version is never switched in under someone's feet: when one is waiting,
 * the app says so, and it takes over only when the user chooses (or the next
 * time the app is opened).
 */
import { registerSW } from 'virtual:pwa-register';

/** How long to wait for a pending autosave before reloading into the new version. */
const SAVE_WAIT_MS = 3000;

class OfflineStatus {
  /** A new version is downloaded and waiting. */
  updateWaiting = $state(false);
  /** Everything is cached: the app works offline from now on. */
  readyOffline = $state(false);
  /** The user chose "Later" for the waiting update. */
  postponed = $state(false);
  updating = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  start(): void {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    this.#update = registerSW({
      // Registered once the page has loaded (not while it is first drawn: registering costs the page time).
      immediate: false,
      onNeedRefresh: () => {
        this.updateWaiting = true;
        this.postponed = false;
      },
      // Every file is cached; the app says it works offline only once the worker also
      // controls this page (it claims it on activation), so a lost network after the
      // first visit loses nothing.
      onOfflineReady: () => {
        const sw = navigator.serviceWorker;
        if (sw.controller) this.readyOffline = true;
        else sw.addEventListener('controllerchange', () => (this.readyOffline = true), { once: true });
      },
    });
  }

  /** Switch to the new version now: wait for the autosave, then reload. */
  async applyUpdate(): Promise<void> {
    this.updating = true;
    await waitForSaved(SAVE_WAIT_MS);
    await this.#update?.(true);
  }

  postpone(): void {
    this.postponed = true;
  }
}

/** Resolves once the open charter (if any) reports every change saved. */
export async function waitForSaved(limitMs: number, doc: Document = document): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    const status = doc.querySelector<HTMLElement>('[data-save-status]')?.dataset.saveStatus;
    if (!status || status === 'saved') return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const offline = new OfflineStatus();
