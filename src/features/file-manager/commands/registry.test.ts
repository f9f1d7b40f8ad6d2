import { describe, expect, it, vi } from 'vitest';
import type { Command, CommandContext } from '@/features/file-manager/commands/command-types';
import { keyTestFor } from '@/features/file-manager/commands/key-chords';
import { createRegistry, dispatchKey, runCommand } from '@/features/file-manager/commands/registry';
import { FILE_COMMANDS, fileCommands } from '@/features/file-manager/commands/file-commands';

const make = (id: string, keys: string[], extra: Partial<Command> = {}): Command => ({
  id,
  label: id,
  group: 'Files',
  keys,
  keyTest: keyTestFor(keys),
  predicate: () => true,
  perform: vi.fn(),
  ...extra,
});
const ctx = {} as CommandContext;
const key = (k: string, mods: Record<string, boolean> = {}) => ({ key: k, preventDefault: vi.fn(), ...mods });

describe('command registry', () => {
  it('dispatches a key to the one command that claims it and claims the key', () => {
    const f7 = make('mkdir', ['F7']);
    const reg = createRegistry([f7, make('other', ['F8'])]);
    const e = key('F7');
    expect(dispatchKey(reg, e, ctx)).toEqual({ kind: 'performed', id: 'mkdir' });
    expect(f7.perform).toHaveBeenCalledTimes(1);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('refuses to register two commands with the same chord, however it is written', () => {
    expect(() => createRegistry([make('a', ['Ctrl+A']), make('b', ['ctrl+a'])])).toThrow(/Ctrl\+A|ctrl\+a/);
    expect(() => createRegistry([make('a', ['F1']), make('a', ['F2'])])).toThrow(/twice/);
  });

  it('refuses at dispatch a key that two hand-written keyTests match, and runs neither', () => {
    const a = make('a', [], { keyTest: (e) => e.key === 'x' });
    const b = make('b', [], { keyTest: (e) => e.key.toLowerCase() === 'x' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = dispatchKey(createRegistry([a, b]), key('x'), ctx);
    expect(result).toEqual({ kind: 'conflict', ids: ['a', 'b'] });
    expect(a.perform).not.toHaveBeenCalled();
    expect(b.perform).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalled();
  });

  it('does not perform a command whose predicate is false, but still stops the browser default (F5 must not reload)', () => {
    const transfer = make('transfer', ['F5'], { predicate: () => false });
    const e = key('F5');
    expect(dispatchKey(createRegistry([transfer]), e, ctx)).toEqual({ kind: 'disabled', id: 'transfer' });
    expect(transfer.perform).not.toHaveBeenCalled();
    expect(e.preventDefault).toHaveBeenCalled();
    expect(runCommand(createRegistry([transfer]), 'transfer', ctx)).toBe(false);
  });

  it('leaves unclaimed keys alone (type-ahead letters, arrows)', () => {
    const e = key('k');
    expect(dispatchKey(fileCommands, e, ctx)).toEqual({ kind: 'none' });
    expect(e.preventDefault).not.toHaveBeenCalled();
  });

  it('matches modifiers exactly, and ? whether or not Shift was needed to type it', () => {
    const test = (keys: string[], e: Parameters<Command['keyTest']>[0]) => keyTestFor(keys)(e);
    expect(test(['Ctrl+A'], { key: 'a', ctrlKey: true })).toBe(true);
    expect(test(['Ctrl+A'], { key: 'A', metaKey: true })).toBe(true);
    expect(test(['Ctrl+A'], { key: 'a' })).toBe(false);
    expect(test(['Tab'], { key: 'Tab', shiftKey: true })).toBe(false);
    expect(test(['?'], { key: '?', shiftKey: true })).toBe(true);
    expect(test(['Shift+F10'], { key: 'F10', shiftKey: true })).toBe(true);
    expect(test(['Space'], { key: ' ' })).toBe(true);
  });

  it('Alt+letter also matches by the physical key, since macOS Option types a symbol (Option+L gives ¬)', () => {
    const altL = keyTestFor(['Alt+L']);
    expect(altL({ key: '¬', code: 'KeyL', altKey: true })).toBe(true);
    expect(altL({ key: 'l', code: 'KeyL', altKey: true })).toBe(true);
    expect(altL({ key: '¬', code: 'KeyL' })).toBe(false);
    expect(altL({ key: 'ø', code: 'KeyO', altKey: true })).toBe(false);
    // Without Alt in the chord the physical key is not consulted: type-ahead stays what was typed.
    expect(keyTestFor(['L'])({ key: 'k', code: 'KeyL' })).toBe(false);
  });

  it('the file manager registry binds the two-pane file manager keys without conflicts', () => {
    const byKey = (k: string, mods = {}) =>
      FILE_COMMANDS.filter((c) => c.keyTest({ key: k, ...mods })).map((c) => c.id);
    expect(byKey('Tab')).toEqual(['switch-pane']);
    expect(byKey('Enter')).toEqual(['open']);
    expect(byKey('Backspace')).toEqual(['up']);
    expect(byKey('Insert')).toEqual(['mark-next']);
    expect(byKey(' ')).toEqual(['mark']);
    expect(byKey('a', { ctrlKey: true })).toEqual(['select-all']);
    expect(byKey('Escape')).toEqual(['clear-selection']);
    expect(byKey('F1')).toEqual(['help']);
    expect(byKey('?', { shiftKey: true })).toEqual(['help']);
    expect(byKey('F2')).toEqual(['rename']);
    expect(byKey('F3')).toEqual(['details']);
    expect(byKey('F5')).toEqual(['transfer']);
    expect(byKey('F6')).toEqual(['move']);
    expect(byKey('F7')).toEqual(['mkdir']);
    expect(byKey('F8')).toEqual(['delete']);
    expect(byKey('Delete')).toEqual(['delete']);
    expect(byKey('l', { altKey: true })).toEqual(['toggle-owner-columns']);
    expect(byKey('h', { ctrlKey: true })).toEqual(['toggle-hidden']);
    expect(fileCommands.commands.filter((c) => c.fkey).map((c) => c.fkey)).toEqual([
      'F3',
      'F2',
      'F5',
      'F6',
      'F7',
      'F8',
      'F1',
    ]);
  });
});
