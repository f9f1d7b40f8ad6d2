import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fileEntrySchema, fileListSchema, isFileEntry } from '@/lib/globus/schemas/file-list';

const entry = {
  DATA_TYPE: 'file',
  name: 'a.txt',
  type: 'file',
  size: 12,
  last_modified: '2023-11-14 22:13:20+00:00',
  permissions: '0644',
  user: 'alice',
  group: 'alice',
  link_target: null,
  link_size: null,
  link_user: null,
  link_group: null,
  link_last_modified: null,
};
const VALUES: readonly unknown[] = [undefined, null, '', 'x', 'dir', 'file', 0, 7, Number.NaN, true, {}, []];
const FIELDS = [...Object.keys(fileEntrySchema.entries), 'brand_new_field'];

describe('the hand-written listing entry test', () => {
  it('accepts and refuses exactly what the entry schema does, field by field', () => {
    expect(isFileEntry(entry)).toBe(true);
    for (const field of FIELDS) {
      for (const value of VALUES) {
        const changed: Record<string, unknown> = { ...entry, [field]: value };
        if (value === undefined) delete changed[field];
        expect({ field, value, fast: isFileEntry(changed) }).toEqual({
          field,
          value,
          fast: v.is(fileEntrySchema, changed),
        });
      }
    }
  });

  it('a listing keeps its entries as they arrived and names the first entry that does not fit', () => {
    const ok = { DATA_TYPE: 'file_list', endpoint: 'e', path: '/a/', DATA: [entry, { ...entry, name: 'b' }] };
    expect(v.parse(fileListSchema, ok).DATA[1]).toBe(ok.DATA[1]);
    const bad = { ...ok, DATA: [entry, { ...entry, size: '12' }, { ...entry, type: 'socket' }] };
    const issue = v.safeParse(fileListSchema, bad).issues?.[0];
    expect(issue?.message).toBe('[1].size is "12", expected number');
    expect(v.safeParse(fileListSchema, { ...ok, DATA: 'none' }).issues?.[0]?.message).toBe(
      ' is "none", expected Array',
    );
  });
});
