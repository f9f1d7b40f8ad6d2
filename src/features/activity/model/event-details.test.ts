import { describe, expect, it } from 'vitest';
import { readableDetails } from '@/features/activity/model/event-details';
import { fixture } from '@/features/activity/test/fixtures';
import type { EventList } from '@/lib/globus/task';

const recorded = fixture<EventList>('transfer.task_event_list').response_body.DATA;
const detailsOf = (code: string) => recorded.find((e) => e.code === code)!.details;

describe('event details for people', () => {
  it('turns JSON details into labelled fields and keeps the raw text', () => {
    const started = readableDetails(detailsOf('STARTED'));
    expect(started.fields).toEqual([
      { label: 'Kind', value: 'GridFTP Transfer' },
      { label: 'Concurrent files', value: '2' },
      { label: 'Streams per file', value: '4' },
      { label: 'Pipelined commands', value: '20' },
    ]);
    expect(started.raw).toBe(detailsOf('STARTED'));
    const file = readableDetails(
      JSON.stringify({ source_path: '/a/b.txt', destination_path: '/c/b.txt', size: 1500, checksum_verified: true }),
    );
    expect(file.fields).toEqual([
      { label: 'From', value: '/a/b.txt' },
      { label: 'To', value: '/c/b.txt' },
      { label: 'Size', value: '1.50 kB' },
      { label: 'Checksum verified', value: 'Yes' },
    ]);
  });

  it('keeps the readable head of a GridFTP error and the whole dump as raw', () => {
    const denied = readableDetails(detailsOf('PERMISSION_DENIED'));
    expect(denied.fields).toBeNull();
    expect(denied.text).toMatch(/^Error \(make directories\)\nEndpoint: Globus Tutorial Endpoint 1/);
    expect(denied.text).toMatch(/Message: Fatal FTP response$/);
    expect(denied.raw).toContain('550-GridFTP-Error: Path not allowed');
  });

  it('plain sentences stay as they are with nothing raw to add', () => {
    expect(readableDetails('Canceled by the task owner')).toEqual({
      fields: null,
      text: 'Canceled by the task owner',
      raw: null,
    });
    expect(readableDetails('')).toEqual({ fields: null, text: null, raw: null });
  });
});
