import { describe, expect, it } from 'vitest';
import { DAMAGED_KIOSK } from './kiosk-store';
import { isKioskOn, mayClose, swallowInKiosk, type KeyInput } from './kiosk-guard';

const ON = { surveyId: 'survey-1', startedAt: '2026-03-02T02:00:00.000Z', startedBy: { staffId: 'staff-1', role: 'officer' as const } };

/** A key as Electron reports it: `combo` like 'Control+Shift+I', `key` as the layout types it. */
function key(combo: string, overrides: Partial<KeyInput> = {}): KeyInput {
  const parts = combo.split('+');
  const name = parts.pop() ?? '';
  const letter = /^[a-z]$/i.test(name);
  return {
    type: 'keyDown',
    key: letter ? name.toLowerCase() : name,
    code: letter ? `Key${name.toUpperCase()}` : /^\d$/.test(name) ? `Digit${name}` : name === ' ' ? 'Space' : name,
    control: parts.includes('Control'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    meta: parts.includes('Meta'),
    ...overrides,
  };
}

describe('kiosk state for the guards', () => {
  it('is on while kiosk mode is on, damaged, or not read yet (fails closed)', () => {
    expect(isKioskOn(ON)).toBe(true);
    expect(isKioskOn(DAMAGED_KIOSK)).toBe(true);
    expect(isKioskOn(undefined)).toBe(true);
    expect(isKioskOn(null)).toBe(false);
  });
});

describe('may the window close?', () => {
  it('refuses a person while kiosk mode is on (the close button, Alt+F4 reaching the OS, Quit)', () => {
    expect(mayClose(ON, 'person')).toBe(false);
    expect(mayClose(DAMAGED_KIOSK, 'person')).toBe(false);
    expect(mayClose(undefined, 'person')).toBe(false);
  });

  it('lets the staff app close as always', () => {
    expect(mayClose(null, 'person')).toBe(true);
  });

  it('lets the OS end the app (kiosk mode is on disk and comes back) and a failed start quit', () => {
    expect(mayClose(ON, 'os-ending')).toBe(true);
    expect(mayClose(ON, 'startup-failed')).toBe(true);
  });
});

describe('keys swallowed in kiosk mode', () => {
  it.each([
    ['Control+W', 'closes the window'],
    ['Control+Q', 'quits'],
    ['Meta+W', 'closes (macOS)'],
    ['Meta+Q', 'quits (macOS)'],
    ['Meta+H', 'hides (macOS)'],
    ['Meta+M', 'minimises (macOS)'],
    ['Alt+F4', 'closes (Windows)'],
    ['F4', 'is an F key'],
    ['F5', 'reloads'],
    ['Control+R', 'reloads'],
    ['Control+Shift+R', 'reloads'],
    ['Control+F5', 'reloads'],
    ['F11', 'leaves full screen'],
    ['Escape', 'leaves full screen'],
    ['F12', 'opens DevTools'],
    ['Control+Shift+I', 'opens DevTools'],
    ['Control+Shift+J', 'opens DevTools'],
    ['Control+Shift+C', 'opens DevTools'],
    ['Meta+Alt+I', 'opens DevTools (macOS)'],
    ['Control+P', 'prints'],
    ['Control+N', 'opens a window'],
    ['Control+T', 'opens a tab'],
    ['Control+O', 'opens a file'],
    ['Control+S', 'saves the page'],
    ['Control+U', 'shows the source'],
    ['Control+L', 'is a browser shortcut'],
    ['Control+Tab', 'switches tabs'],
    ['Control+K', "opens the staff app's search"],
    ['Control+Alt+Delete', 'is an unknown combination'],
    ['Alt+ ', 'opens the window menu, which has Close (Windows)'],
    ['Alt+ArrowLeft', 'goes back'],
    ['Alt+Home', 'goes home'],
    ['Alt', 'opens the menu bar (Windows)'],
    ['BrowserBack', 'goes back'],
    ['BrowserRefresh', 'reloads'],
  ])('%s (%s)', (combo) => {
    expect(swallowInKiosk(key(combo))).toBe(true);
  });

  it('swallows Alt as it is released too (Windows opens the menu bar then)', () => {
    expect(swallowInKiosk({ ...key('Alt'), type: 'keyUp', alt: false })).toBe(true);
  });

  it('swallows by the physical key on a Thai keyboard: Ctrl+W types ไ there, and still closes', () => {
    expect(swallowInKiosk(key('Control+W', { key: 'ไ' }))).toBe(true);
    expect(swallowInKiosk(key('Control+R', { key: 'พ' }))).toBe(true);
    expect(swallowInKiosk(key('Control+Q', { key: 'ๆ' }))).toBe(true);
  });

  it('swallows what a layout makes a shortcut: AZERTY types q on the A key', () => {
    expect(swallowInKiosk(key('Control+A', { key: 'q' }))).toBe(true);
  });

  it.each([
    'a',
    'ก',
    '5',
    'Enter',
    'Tab',
    'Shift+Tab',
    'Backspace',
    'ArrowDown',
    ' ',
    'Shift+ฟ',
    'Control+A',
    'Control+C',
    'Control+V',
    'Control+X',
    'Control+Z',
    'Control+Y',
    'Control+Shift+Z',
    'Control+Shift+V',
    'Meta+C',
    'Control+ArrowLeft',
    'Control+Shift+ArrowLeft',
    'Control+Backspace',
    'Control+Enter',
    'Alt+Shift',
  ])('lets %s through: the public types and edits their answers', (combo) => {
    expect(swallowInKiosk(key(combo))).toBe(false);
  });

  it('lets copy and paste through on a Thai keyboard (Ctrl+แ is Ctrl+C)', () => {
    expect(swallowInKiosk(key('Control+C', { key: 'แ' }))).toBe(false);
    expect(swallowInKiosk(key('Control+V', { key: 'อ' }))).toBe(false);
  });

  it('never swallows what is not a key', () => {
    expect(swallowInKiosk({ ...key('F5'), type: 'mouseDown' })).toBe(false);
  });
});
