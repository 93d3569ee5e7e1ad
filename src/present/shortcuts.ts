/**
 * Keyboard shortcuts for running a session: what presentation clickers send
 * (Page Down / Page Up, the arrow keys, space) moves between steps; B blanks the
 * projector, F goes full screen, ? lists the shortcuts.
 *
 * A key never fires a shortcut when the focused control needs it: typing in a text
 * field or a list box, space on a button, the arrow keys in a group of radio
 * buttons. The one-letter shortcuts can be turned off (WCAG 2.1.4).
 */
export type ShortcutAction = 'next' | 'previous' | 'blank' | 'fullscreen' | 'help';

export interface ShortcutContext {
  /** Step navigation is on (while presenting, and in the audience window). */
  navigation: boolean;
  /** The one-letter shortcuts (B, F, ?) are on. */
  singleKeys: boolean;
}

/** The part of a KeyboardEvent the shortcuts look at. */
export interface KeyPress {
  key: string;
  target: EventTarget | null;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  defaultPrevented?: boolean;
  isComposing?: boolean;
}

export interface ShortcutHelp {
  keys: string[];
  does: string;
  /** Works only while presenting. */
  presenting: boolean;
  /** A one-letter shortcut (can be turned off). */
  singleKey: boolean;
}

export const SHORTCUT_HELP: readonly ShortcutHelp[] = [
  { keys: ['Page Down', '→', 'Space'], does: 'Next step', presenting: true, singleKey: false },
  { keys: ['Page Up', '←', 'Shift + Space'], does: 'Previous step', presenting: true, singleKey: false },
  { keys: ['B', '.'], does: 'Blank the audience screen, or show it again', presenting: true, singleKey: true },
  { keys: ['F'], does: 'Full-screen audience view on this screen, or leave it', presenting: false, singleKey: true },
  { keys: ['?'], does: 'Show these shortcuts', presenting: false, singleKey: true },
  { keys: ['Esc'], does: 'Leave full screen, or close this list', presenting: false, singleKey: false },
];

const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'file', 'image', 'color']);

/** Widgets that use the arrow keys themselves. */
const ARROW_WIDGETS =
  '[role="radiogroup"], [role="tablist"], [role="listbox"], [role="menu"], [role="menubar"], [role="slider"], [role="spinbutton"], [role="grid"], [role="tree"], [role="treegrid"], [role="toolbar"], [role="scrollbar"], [role="combobox"]';
/** Widgets that may use letters themselves (type-ahead: jump to the item starting with that letter). */
const TYPEAHEAD_WIDGETS = '[role="grid"], [role="treegrid"], [role="listbox"], [role="tree"], [role="menu"], [role="menubar"], [role="combobox"]';
/** Controls that space (and Enter) activate. */
const ACTIVATED =
  'button, a[href], summary, input, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';

function asElement(target: EventTarget | null): Element | null {
  return target && typeof (target as Element).closest === 'function' ? (target as Element) : null;
}

/** A place where keys type text: text fields, text areas, list boxes, editable content. */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = asElement(target);
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  if ((el as HTMLElement).isContentEditable || el.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  return el.getAttribute('role') === 'textbox' || el.getAttribute('role') === 'combobox';
}

/** Does the focused element need this key for itself? */
export function keyBelongsToFocus(target: EventTarget | null, key: string): boolean {
  const el = asElement(target);
  if (!el) return false;
  if (isTextEntry(el)) return true;
  if (el.closest('dialog[open]')) return true;
  if ((key === ' ' || key === 'Enter') && el.matches(ACTIVATED)) return true;
  const arrow = key.startsWith('Arrow');
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    if (type === 'range') return arrow || key === 'PageUp' || key === 'PageDown';
    if (type === 'radio') return arrow;
  }
  if (el.matches('[role="slider"], [role="spinbutton"], [role="scrollbar"]')) return arrow || key === 'PageUp' || key === 'PageDown';
  return arrow && !!el.closest(ARROW_WIDGETS);
}

export function shortcutFor(e: KeyPress, ctx: ShortcutContext): ShortcutAction | null {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return null;
  const { key } = e;

  const nav: ShortcutAction | null =
    key === 'PageDown' || key === 'ArrowRight' || (key === ' ' && !e.shiftKey)
      ? 'next'
      : key === 'PageUp' || key === 'ArrowLeft' || (key === ' ' && e.shiftKey)
        ? 'previous'
        : null;
  if (nav) return ctx.navigation && !keyBelongsToFocus(e.target, key) ? nav : null;

  const single: ShortcutAction | null =
    key === 'b' || key === 'B' || key === '.' ? 'blank' : key === 'f' || key === 'F' ? 'fullscreen' : key === '?' ? 'help' : null;
  if (!single || !ctx.singleKeys) return null;
  const el = asElement(e.target);
  if (isTextEntry(el) || el?.closest('dialog[open]') || el?.closest(TYPEAHEAD_WIDGETS)) return null;
  // Blanking means nothing when no one is presenting.
  if (single === 'blank' && !ctx.navigation) return null;
  return single;
}

/**
 * Listen for shortcuts on a window. `onAction` returns false when it did not act
 * (the key then keeps its usual meaning).
 */
export function installShortcuts(
  target: Window,
  onAction: (action: ShortcutAction, event: KeyboardEvent) => boolean | void,
  context: () => ShortcutContext,
): () => void {
  const listener = (e: KeyboardEvent) => {
    const action = shortcutFor(e, context());
    if (!action) return;
    if (onAction(action, e) !== false) e.preventDefault();
  };
  target.addEventListener('keydown', listener);
  return () => target.removeEventListener('keydown', listener);
}

const SINGLE_KEYS_KEY = 'same-playbook:single-key-shortcuts';

export function singleKeysEnabled(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): boolean {
  try {
    return storage?.getItem(SINGLE_KEYS_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSingleKeysEnabled(on: boolean, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(SINGLE_KEYS_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
