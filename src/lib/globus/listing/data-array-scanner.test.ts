import { describe, expect, it } from 'vitest';
import { DataArrayScanner } from '@/lib/globus/listing/data-array-scanner';

/** Feeds `text` in pieces cut at `cuts`; the items and head it found, or null if it gave up. */
function scan(text: string, cuts: number[]) {
  const scanner = new DataArrayScanner();
  const items: unknown[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    items.push(...scanner.push(text.slice(from, at)));
    from = at;
  }
  const head = scanner.finish();
  return head ? { ...head, DATA: items } : null;
}

const everyCut = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => [i]);

const usual = JSON.stringify({
  DATA: [
    { name: 'a', size: 1, more: { nested: [1, { deep: '}' }] } },
    { name: 'quote " brace } bracket ] comma , back\\slash\\', size: 2 },
    { name: 'Ärger 🙂', size: 3 },
  ],
  DATA_TYPE: 'file_list',
  path: '/x/',
  future: { DATA: [9] },
});

describe('finding a listing’s entries while it arrives', () => {
  it('finds each entry and the other fields, wherever the text is cut', () => {
    const whole = JSON.parse(usual) as unknown;
    for (const cuts of [[], ...everyCut(usual), [5, 40, 41, 90, 91, 150]]) expect(scan(usual, cuts)).toEqual(whole);
  });

  it('finds DATA wherever it stands among the fields, with any white space', () => {
    const text = '\n{ "DATA_TYPE" : "file_list",\t"D\\u0041TA" :\r\n[ {"name":"a"} ,\n {"name":"b"} ] , "n": [1] }\n';
    for (const cuts of [[], ...everyCut(text)]) expect(scan(text, cuts)).toEqual(JSON.parse(text));
  });

  it('gives up on what JSON.parse would read differently or refuse, so the whole text is read instead', () => {
    const unusual = [
      '{"DATA":[{"a":1},,{"a":2}]}',
      '{"DATA":[,{"a":1}]}',
      '{"DATA":[{"a":1},]}',
      '{"DATA":[{"a":1} {"a":2}]}',
      '{"DATA":[{"a":1}],"DATA":[]}',
      '{"DATA":[1,2]}',
      '{"DATA":["a"]}',
      '{"DATA":null}',
      '{"DATA":[{"a":1]}]}',
      '{"DATA":[{"a":1}]',
      '{"DATA":[{"a":1}]}x',
      '[{"DATA":[]}]',
      '{"DATA":[{"a":"unterminated}]}',
      '',
    ];
    for (const text of unusual) for (const cuts of [[], ...everyCut(text)]) expect(scan(text, cuts)).toBeNull();
  });

  it('reads a listing without DATA as having none to find, leaving the check to say what is missing', () => {
    expect(scan('{"DATA_TYPE":"file_list"}', [])).toBeNull();
  });
});
