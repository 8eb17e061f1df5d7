import type { KioskState } from '../../shared/ipc/channels/kiosk';

/**
 * What the app window lets through while kiosk mode is on (issue 19). Pure decisions, tested
 * without Electron; src-main/main/index.ts only wires them to the window's events.
 */

/** Kiosk on, or not yet known (the stored state not read yet): the guards then fail closed. */
export function isKioskOn(state: KioskState | null | undefined): boolean {
  return state !== null;
}

/**
 * Why the window or the app is asked to close:
 * - 'person': the window's close button, Alt+F4 / Ctrl+W / Cmd+Q reaching the OS or the menu,
 *   the dock's or taskbar's Close/Quit;
 * - 'os-ending': Windows is shutting down or signing out (the OS ends the app whatever we
 *   answer; kiosk mode is kept on disk and comes back at the next start);
 * - 'startup-failed': the app could not start and quits after saying so (never an invisible process).
 */
export type CloseReason = 'person' | 'os-ending' | 'startup-failed';

/** May the window close (or the app quit) now? Never by a person while kiosk mode is on. */
export function mayClose(state: KioskState | null | undefined, reason: CloseReason): boolean {
  return reason !== 'person' || !isKioskOn(state);
}

/** A key as Electron's `before-input-event` reports it (the fields used here). */
export interface KeyInput {
  /** 'keyDown' or 'keyUp' (others, such as mouse input, are never swallowed). */
  type: string;
  /** The key's value in the current layout: 'w', 'ไ' (Thai layout), 'F4', 'Escape'. */
  key: string;
  /** The physical key, whatever the layout: 'KeyW', 'F4', 'Escape'. */
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/**
 * Ctrl/Cmd combinations the survey form needs (select all, copy, cut, paste, undo, redo, word
 * moves and deletes, the form's own Ctrl+Enter); every other one is swallowed, so no shortcut
 * (close, quit, reload, print, new window, DevTools, hide, minimise …) reaches Chromium or the
 * menu, including ones added by later Electron versions.
 */
const EDITING_LETTERS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);
/** With Shift as well: redo and paste as plain text only (Ctrl+Shift+C, I, J open DevTools in Chromium). */
const EDITING_SHIFT_LETTERS = new Set(['z', 'v']);
const EDITING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Backspace', 'Delete', 'Enter']);

/**
 * With Alt: those that close or leave (Alt+F4 is an F key), the Windows system menu (Alt+Space,
 * whose menu has Close), switching windows inside the app (Alt+Tab reaches the OS regardless),
 * history moves (Alt+←/→, Alt+Home) and Alt alone (which opens the menu bar on Windows).
 */
const ALT_KEYS = new Set([' ', 'Space', 'Tab', 'ArrowLeft', 'ArrowRight', 'Home']);

/** Keys swallowed on their own: leaving full screen, browser and media keys that navigate or reload. */
const PLAIN_KEYS = new Set(['Escape', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserStop', 'BrowserSearch', 'BrowserFavorites', 'ContextMenu']);

const isFunctionKey = (name: string) => /^F([1-9]|1\d|2[0-4])$/.test(name);

/** An allowed editing combination by both the physical key and what it types (AZERTY's Ctrl+A is Ctrl+Q). */
function isEditingCombination(input: KeyInput): boolean {
  if (EDITING_KEYS.has(input.key) && EDITING_KEYS.has(input.code)) return true;
  const letter = /^Key([A-Z])$/.exec(input.code)?.[1]?.toLowerCase();
  if (!letter || !(input.shift ? EDITING_SHIFT_LETTERS : EDITING_LETTERS).has(letter)) return false;
  // Another layout (Thai: Ctrl+แ on the C key) keeps the physical key's shortcut, as Chromium does.
  const typed = input.key.toLowerCase();
  return !/^[a-z]$/.test(typed) || typed === letter;
}

/**
 * Should this key be kept from the page and from the menu while kiosk mode is on? Every F key
 * (F4 with Alt closes; F5 reloads; F11 leaves full screen; F12 opens DevTools), Escape, Ctrl/Cmd
 * with anything but editing keys, and the Alt combinations above. Letters, digits, Tab, Enter
 * and Thai typing pass: the public fills the survey.
 */
export function swallowInKiosk(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'keyUp' && input.type !== 'rawKeyDown' && input.type !== 'char') return false;
  if (isFunctionKey(input.key) || isFunctionKey(input.code)) return true;
  if (PLAIN_KEYS.has(input.key) || PLAIN_KEYS.has(input.code)) return true;
  if (input.control || input.meta) return input.alt || !isEditingCombination(input);
  if (input.alt && (ALT_KEYS.has(input.key) || ALT_KEYS.has(input.code))) return true;
  // Alt itself, also as it is released (the flag is already off then): Windows opens the menu bar on release.
  return input.key === 'Alt' || input.code === 'AltLeft' || input.code === 'AltRight';
}
