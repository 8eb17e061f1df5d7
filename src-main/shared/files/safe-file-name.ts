import { IpcError } from '../ipc/errors';

/**
 * Every file or folder name main writes that comes, even in part, from the renderer or from record
 * data (a PDF's title, a photo's caption, an attachment's name, what the user typed into a save
 * dialog) goes through this module (issue 19, "saved file names cannot end in an executable
 * extension"). Two rules:
 *
 * - A name *we* make up is **neutralised**: it always ends in the extension the channel expects
 *   (`.pdf`, `.xlsx`, `.jpg`), and a program extension inside it is broken up
 *   ("photo.jpg.exe" → "photo.jpg_exe.jpg"), so it neither runs nor looks as if it would.
 * - A name that *must* keep its own extension (an attachment saved back to disk, a file the
 *   renderer made) or that the *user typed* is **refused** with `unsafe-file-name` when it ends in
 *   a program extension, hides characters or names an NTFS stream; nothing is written.
 *
 * Pure TypeScript (no Node): the renderer uses the same test to refuse such an attachment up front.
 */

/**
 * Extensions that Windows, macOS or a Linux desktop runs, installs, mounts or follows on a
 * double-click, lower case, without the dot. Based on the attachment types Outlook blocks, plus
 * the macOS and Linux equivalents. PR Desk never needs to save any of them.
 */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs, installers, control panel items, screen savers
  'exe', 'com', 'scr', 'pif', 'cpl', 'dll', 'ocx', 'sys', 'drv', 'msi', 'msp', 'mst', 'msu', 'msc', 'msix', 'msixbundle',
  'appx', 'appxbundle', 'appinstaller', 'application', 'appref-ms', 'gadget', 'xbap', 'xll', 'diagcab', 'ade', 'adp', 'mde',
  // Windows scripts and script hosts
  'bat', 'cmd', 'vb', 'vbs', 'vbe', 'js', 'jse', 'ws', 'wsf', 'wsc', 'wsh', 'sct', 'shb', 'shs', 'hta', 'htc', 'msh', 'msh1',
  'msh2', 'mshxml', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psm1', 'cdxml', 'pssc', 'inf', 'ins', 'isp',
  'reg', 'chm', 'hlp', 'its',
  // Windows shortcuts and shell files that run or follow something
  'lnk', 'url', 'website', 'scf', 'library-ms', 'searchconnector-ms', 'settingcontent-ms', 'theme', 'themepack',
  // Disk images that Windows and macOS mount with a double-click (a way to carry programs past warnings)
  'iso', 'img', 'vhd', 'vhdx', 'dmg',
  // Java, Python, Perl, Ruby and other interpreters with a double-click association
  'jar', 'jnlp', 'class', 'py', 'pyw', 'pyz', 'pyzw', 'pyc', 'pyo', 'pl', 'rb',
  // macOS applications, installers and scripts
  'app', 'command', 'tool', 'pkg', 'mpkg', 'scpt', 'scptd', 'applescript', 'workflow', 'action', 'terminal', 'webloc',
  'inetloc', 'fileloc', 'prefpane', 'kext', 'osax',
  // Linux desktop launchers, packages and shell scripts
  'desktop', 'appimage', 'run', 'bin', 'deb', 'rpm', 'snap', 'flatpak', 'flatpakref', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'fish',
]);

/**
 * Characters nobody sees but that change how a name reads: bidirectional controls (U+202E
 * RIGHT-TO-LEFT OVERRIDE shows "photo\u202Egpj.exe" as "photoexe.jpg"), zero-width characters,
 * soft hyphens, the byte-order mark and Hangul fillers. Never needed in a file name; Thai does
 * not use them.
 */
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]/gu;

/** Characters Windows refuses in file names, path separators and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;

/**
 * Windows device names: "CON", "nul.txt", "COM1 .pdf" and "LPT¹" all open a device, not a file.
 * Matched on the part before the first dot.
 */
const WINDOWS_RESERVED_STEM = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/i;

/** ".", and the characters NFKC turns into one (fullwidth, small, one-dot leader). */
const DOT_LIKE = '.\uFF0E\uFE52\u2024';

/** Windows drops trailing dots and spaces: "x.exe." and "x.exe " are saved as "x.exe". */
const TRAILING_DOTS_AND_SPACES = /[\s.]+$/u;

/** Whether `extension` (with or without its dot, any case) is one of EXECUTABLE_EXTENSIONS. */
export function isExecutableExtension(extension: string): boolean {
  return EXECUTABLE_EXTENSIONS.has(extension.replace(/^\./, '').toLowerCase());
}

/** The name without invisible characters (see INVISIBLE). */
export function withoutInvisibleCharacters(name: string): string {
  return name.replace(INVISIBLE, '');
}

function lastComponent(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

function extensionOf(part: string): string {
  const trimmed = part.replace(TRAILING_DOTS_AND_SPACES, '');
  const dot = trimmed.lastIndexOf('.');
  return dot < 0 ? '' : trimmed.slice(dot + 1);
}

/**
 * The program extension a name would really end in on disk, or null. Sees through the tricks:
 * any case ("X.ExE"), trailing dots and spaces ("x.exe.", "x.exe "), invisible characters
 * ("photo\u202Egpj.exe", "x.e\u200Bxe"), compatibility forms ("x.ｅｘｅ"), a double extension
 * ("photo.jpg.exe"), a path ("a/b.exe", "a\\b.exe") and NTFS alternate data streams
 * ("a.txt:b.exe", "a.exe::$DATA": every part around a colon counts).
 */
export function executableEnding(name: string): string | null {
  const visible = withoutInvisibleCharacters(name).normalize('NFKC');
  for (const part of lastComponent(visible).split(':')) {
    const extension = extensionOf(part).toLowerCase();
    if (extension && EXECUTABLE_EXTENSIONS.has(extension)) return extension;
  }
  return null;
}

/**
 * Why a name the user typed (the last part of a save dialog's path) cannot be written as it is,
 * or null when it can: a program extension, hidden characters, an NTFS stream (a colon), a
 * Windows device name, or nothing left after Windows drops trailing dots and spaces.
 */
export type FileNameProblem = 'executable' | 'invisible-characters' | 'stream' | 'reserved' | 'empty';

export function fileNameProblem(name: string): FileNameProblem | null {
  const base = lastComponent(name);
  if (executableEnding(base)) return 'executable';
  if (withoutInvisibleCharacters(base) !== base) return 'invisible-characters';
  if (base.includes(':')) return 'stream';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(base)) return 'invisible-characters';
  if (base.replace(TRAILING_DOTS_AND_SPACES, '') === '') return 'empty';
  if (WINDOWS_RESERVED_STEM.test(base.trim())) return 'reserved';
  return null;
}

/**
 * Breaks up a program extension at the end of a base name by turning its dot into "_"
 * ("ภาพข่าว.app" → "ภาพข่าว_app", "a.exe.bat" → "a.exe_bat"), until none is left. For names
 * that are already free of separators, invisible characters and trailing dots.
 */
export function neutraliseExecutableEnding(base: string): string {
  let safe = base;
  for (let extension = executableEnding(safe); extension !== null; extension = executableEnding(safe)) {
    const trimmed = safe.replace(TRAILING_DOTS_AND_SPACES, '');
    // the dot itself may be a compatibility form ("x．exe"): whatever NFKC turns into "."
    const dot = Math.max(...[...DOT_LIKE].map((d) => trimmed.lastIndexOf(d)));
    if (dot < 0) break; // cannot happen: an ending needs a dot
    safe = `${trimmed.slice(0, dot)}_${trimmed.slice(dot + 1)}`;
  }
  return safe;
}

/**
 * A file name that is safe on Windows, macOS and Linux and ends in `.extension` (none when
 * `extension` is ""), from whatever the user, a record or a module suggested. Thai is kept;
 * forbidden characters become "-", invisible ones are dropped, leading and trailing dots and
 * spaces go, a program extension inside is broken up, a Windows device name gets a "-".
 * Throws a RangeError when `extension` itself is a program extension: callers refuse first.
 */
export function toSafeFileName(suggested: string, extension: string, fallback = 'เอกสาร'): string {
  const ext = extension.replace(/[^a-z0-9]/gi, '');
  if (isExecutableExtension(ext)) throw new RangeError(`refusing to name a file .${ext}`);
  let base = withoutInvisibleCharacters(suggested);
  if (ext) base = base.replace(new RegExp(`\\.${ext}[\\s.]*$`, 'i'), '');
  base = base.replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim();
  // keep well under the 255-byte limit of common file systems (Thai is 3 bytes a character)
  base = [...base].slice(0, 80).join('');
  base = base.replace(/^[. ]+/, '').replace(TRAILING_DOTS_AND_SPACES, '');
  base = neutraliseExecutableEnding(base);
  if (base === '' || /^[-_. ]+$/.test(base)) base = fallback;
  base = base.replace(WINDOWS_RESERVED_STEM, '$1-');
  return ext ? `${base}.${ext}` : base;
}

/** toSafeFileName for PDFs. */
export function toSafePdfFileName(suggested: string, fallback = 'เอกสาร'): string {
  return toSafeFileName(suggested, 'pdf', fallback);
}

/**
 * The path a save dialog answered, checked before anything is written. The user may type any
 * name there: it must have no problem (see fileNameProblem: "x.exe", "x.exe.", "a.pdf:b.exe",
 * "photo\u202Egpj.exe", "CON" are refused even though a workbook's ".xlsx" would be added),
 * trailing dots and spaces are dropped (Windows would drop them anyway) and the expected
 * `extension` is added when the name does not end in it ("รายงาน" → "รายงาน.xlsx"). Only the
 * last part of the path is the user's; the folder is one the dialog showed. Throws
 * `unsafe-file-name`: nothing is written and the renderer says why in Thai.
 */
export function safeSavePath(chosenPath: string, extension: string): string {
  const ext = extension.replace(/[^a-z0-9]/gi, '');
  if (isExecutableExtension(ext)) throw new IpcError({ code: 'unsafe-file-name', detail: `.${ext} is a program extension` });
  const cut = Math.max(chosenPath.lastIndexOf('/'), chosenPath.lastIndexOf('\\')) + 1;
  const folder = chosenPath.slice(0, cut);
  const name = chosenPath.slice(cut);
  const problem = fileNameProblem(name);
  if (problem) throw new IpcError({ code: 'unsafe-file-name', detail: `${problem}: ${JSON.stringify(name)}` });
  let safe = name.replace(TRAILING_DOTS_AND_SPACES, '');
  if (ext && !safe.toLowerCase().endsWith(`.${ext.toLowerCase()}`)) safe = `${safe}.${ext}`;
  return folder + safe;
}

/**
 * The extension a file keeps when it is saved under its own name (an attachment, a CSV the
 * renderer made): letters and digits only, at most 10; "" when it has none. Refuses
 * (`unsafe-file-name`) a name that really ends in a program extension, whatever it hides.
 */
export function ownSafeExtension(fileName: string): string {
  const ending = executableEnding(fileName);
  if (ending) throw new IpcError({ code: 'unsafe-file-name', detail: `.${ending}: ${JSON.stringify(fileName)}` });
  const visible = withoutInvisibleCharacters(lastComponent(fileName)).replace(TRAILING_DOTS_AND_SPACES, '');
  const dot = visible.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = visible.slice(dot + 1).replace(/[^a-z0-9]/gi, '').slice(0, 10).toLowerCase();
  // "x.e-xe" is harmless as it stands, but must not become ".exe" once cleaned up
  if (isExecutableExtension(ext)) throw new IpcError({ code: 'unsafe-file-name', detail: `.${ext}: ${JSON.stringify(fileName)}` });
  return ext;
}
