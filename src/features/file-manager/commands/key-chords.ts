import type { KeyLike } from '@/features/file-manager/commands/command-types';

const ALIASES: Record<string, string> = { space: ' ', del: 'Delete', esc: 'Escape', ins: 'Insert' };

type Chord = { key: string; ctrl: boolean; shift: boolean; alt: boolean; anyShift: boolean };

/** `Ctrl+Shift+A` → parts. Printable symbols such as `?` ignore Shift (it is how they are typed). */
export function parseChord(text: string): Chord {
  const parts = text.split('+');
  const raw = parts.pop() || '+';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const key = ALIASES[raw.toLowerCase()] ?? raw;
  const symbol = key.length === 1 && !/[a-z0-9 ]/i.test(key);
  return { key, ctrl: mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt'), anyShift: symbol };
}

export function chordMatches(chord: Chord, e: KeyLike): boolean {
  const want = chord.key.length === 1 ? chord.key.toLowerCase() : chord.key;
  if (keyOf(e) !== want && !(chord.alt && physicalLetter(e) === want)) return false;
  if (Boolean(e.ctrlKey || e.metaKey) !== chord.ctrl) return false;
  if (Boolean(e.altKey) !== chord.alt) return false;
  return chord.anyShift || Boolean(e.shiftKey) === chord.shift;
}

const keyOf = (e: KeyLike) => (e.key.length === 1 ? e.key.toLowerCase() : e.key);

/** With Alt (Option) held, macOS types a symbol (Option+L gives ¬): the physical key tells which letter was meant. */
function physicalLetter(e: KeyLike): string | null {
  const m = e.altKey && e.code ? /^(?:Key([A-Z])|Digit(\d))$/.exec(e.code) : null;
  return m ? (m[1] ?? m[2])!.toLowerCase() : null;
}

/** A keyTest for a list of chords. */
export function keyTestFor(keys: readonly string[]): (e: KeyLike) => boolean {
  const chords = keys.map(parseChord);
  return (e) => chords.some((c) => chordMatches(c, e));
}

/** A canonical form, to find two commands claiming the same chord. */
export function chordId(text: string): string {
  const c = parseChord(text);
  const key = c.key.length === 1 ? c.key.toLowerCase() : c.key;
  return `${c.ctrl ? 'C' : ''}${c.alt ? 'A' : ''}${c.shift && !c.anyShift ? 'S' : ''}:${key}`;
}

const KEY_GLYPHS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/** A chord as a tooltip shows it: `Alt+ArrowLeft` → `Alt+←`. */
export const shortcutHint = (text: string): string =>
  text
    .split('+')
    .map((part) => KEY_GLYPHS[part] ?? part)
    .join('+');
