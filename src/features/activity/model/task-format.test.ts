// Status, progress, speed, ETA and time formatting for every recorded task document.
import { describe, expect, it } from 'vitest';
import { formatRate, formatSize } from '@/lib/format/numbers';
import { formatDateTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { describeStatus } from '@/features/activity/model/task-status';
import { isFinished } from '@/lib/globus/task-status';
import { bytesText, FEW_FILES, filesText, percentText, taskProgress } from '@/features/activity/model/task-progress';
import type { Task, TaskList } from '@/lib/globus/task';
import { fixture, makeTask, taskFixtureNames, taskListFixtureNames } from '@/features/activity/test/fixtures';

// Dates as a British reader in UTC sees them, whatever the machine's own locale and zone.
const utc = { locale: 'en-GB', timeZone: 'UTC' };

interface Expected {
  label: string;
  tone: string;
  percent: string;
  files: string;
  bytes: string;
  speed: string;
  requested: string;
  completed: string;
  finished: boolean;
}

const TASKS: Record<string, Expected> = {
  'transfer.get_task': {
    label: 'Active',
    tone: 'active',
    percent: '50%',
    files: '1 of 2 steps',
    bytes: '0 B',
    speed: '—',
    requested: '26 Jan 2022, 19:18',
    completed: '—',
    finished: false,
  },
  'transfer.get_task.succeeded': {
    label: 'Succeeded',
    tone: 'success',
    percent: '100%',
    files: '2 of 2 steps',
    bytes: '0 B',
    speed: '—',
    requested: '26 Jan 2022, 19:18',
    completed: '26 Jan 2022, 19:18',
    finished: true,
  },
  'transfer.get_task.delete_queued': {
    label: 'Queued',
    tone: 'queued',
    // Nothing measured yet: no percentage rather than a 0% that reads as stuck.
    percent: '—',
    files: '0 of 1 file',
    bytes: '0 B',
    speed: '—',
    requested: '15 Jan 2021, 18:13',
    completed: '—',
    finished: false,
  },
  'transfer.get_task.delete_succeeded': {
    label: 'Succeeded',
    tone: 'success',
    percent: '100%',
    files: '0 of 1 file',
    bytes: '0 B',
    speed: '—',
    requested: '15 Jan 2021, 18:11',
    completed: '15 Jan 2021, 18:11',
    finished: true,
  },
  'transfer.get_task.delete_failed': {
    label: 'Failed',
    tone: 'danger',
    percent: '0%',
    files: '0 of 1 file',
    bytes: '0 B',
    speed: '—',
    requested: '15 Jan 2021, 18:13',
    completed: '15 Jan 2021, 18:13',
    finished: true,
  },
};

describe('task fixtures (transfer.get_task.*)', () => {
  it('covers every recorded task document', () => {
    expect(taskFixtureNames().sort()).toEqual(Object.keys(TASKS).sort());
  });

  it.each(Object.entries(TASKS))('%s', (name, want) => {
    const task = fixture<Task>(name).response_body;
    const status = describeStatus(task);
    const progress = taskProgress(task);
    expect({
      label: status.label,
      tone: status.tone,
      percent: percentText(progress),
      files: filesText(progress),
      bytes: formatSize(progress.bytesDone),
      speed: formatRate(progress.bytesPerSecond),
      requested: formatDateTime(task.request_time, utc),
      completed: formatDateTime(task.completion_time, utc),
      finished: isFinished(task),
    }).toEqual(want);
    expect(status.reason.length).toBeGreaterThan(5);
  });

  it('explains the fatal error of the failed delete in plain words', () => {
    const task = fixture<Task>('transfer.get_task.delete_failed').response_body;
    expect(describeStatus(task).reason).toBe('A file or folder in the request does not exist. (file not found)');
  });
});

describe('task list fixtures (transfer.task_list*)', () => {
  it.each(taskListFixtureNames())('%s: every item formats without gaps in the required text', (name) => {
    const list = fixture<TaskList>(name).response_body;
    expect(list.DATA.length).toBeGreaterThan(0);
    for (const task of list.DATA) {
      const status = describeStatus(task);
      expect(status.label).toMatch(/\w/);
      expect(percentText(taskProgress(task))).toMatch(/^(\d+%|—)$/);
    }
  });

  it('formats the recorded succeeded transfer: 1 file, 4 B at 3 B/s', () => {
    const task = fixture<TaskList>('transfer.task_list').response_body.DATA[0]!;
    const p = taskProgress(task);
    expect([
      describeStatus(task).label,
      percentText(p),
      filesText(p),
      formatSize(p.bytesDone),
      formatRate(p.bytesPerSecond),
    ]).toEqual(['Succeeded', '100%', '1 of 1 file', '4 B', '3 B/s']);
    expect(formatDateTime(task.completion_time, utc)).toBe('2 Sept 2021, 18:04');
  });

  it('stub documents without status read as Unknown, with their speed', () => {
    const task = fixture<TaskList>('transfer.task_list.paged.page1').response_body.DATA[0]!;
    expect(describeStatus(task).label).toBe('Unknown');
    expect(formatRate(taskProgress(task).bytesPerSecond)).toBe('6.31 kB/s');
  });
});

describe('status reasons', () => {
  it('paused, INACTIVE, retrying and cancelled tasks say what is going on', () => {
    expect(describeStatus(makeTask({ is_paused: true }))).toMatchObject({ label: 'Paused', attention: 'paused' });
    expect(describeStatus(makeTask({ status: 'INACTIVE', nice_status: 'CONSENT_REQUIRED' }))).toMatchObject({
      label: 'Needs attention',
      attention: 'consent',
    });
    expect(describeStatus(makeTask({ status: 'ACTIVE', nice_status: 'GC_NOT_CONNECTED' })).reason).toMatch(
      /Globus Connect Personal is not running/,
    );
    expect(
      describeStatus(makeTask({ status: 'FAILED', fatal_error: { code: 'CANCELED', description: 'canceled' } })).label,
    ).toBe('Cancelled');
    expect(
      describeStatus(
        makeTask({ status: 'FAILED', canceled_by_admin: 'SOURCE', canceled_by_admin_message: 'maintenance' }),
      ).reason,
    ).toBe('Cancelled by an administrator of the source collection: maintenance');
    expect(describeStatus(makeTask({ status: 'SUCCEEDED', subtasks_skipped_errors: 2 }))).toMatchObject({
      tone: 'warning',
      reason: 'Finished with 2 skipped errors.',
    });
  });
});

describe('progress and ETA', () => {
  it('estimates the ETA from the average file size and effective speed', () => {
    // 4 of 10 files, 400 MB so far → ~600 MB to go at 10 MB/s → 60 s.
    const p = taskProgress(
      makeTask({ files: 10, files_transferred: 4, bytes_transferred: 400e6, effective_bytes_per_second: 10e6 }),
    );
    expect(percentText(p)).toBe('40%');
    expect(p.etaSeconds).toBeCloseTo(60);
    expect(formatDuration(p.etaSeconds)).toBe('1 min');
    expect(formatRate(p.bytesPerSecond)).toBe('10.0 MB/s');
  });
  it('a running transfer of one or a few files shows bytes moved, not a percentage stuck at 0%', () => {
    const one = taskProgress(
      makeTask({
        type: 'TRANSFER',
        status: 'ACTIVE',
        files: 1,
        files_transferred: 0,
        bytes_transferred: 1.2e9,
        effective_bytes_per_second: 35e6,
      }),
    );
    expect([one.byBytes, one.percent, percentText(one), bytesText(one), formatRate(one.bytesPerSecond)]).toEqual([
      true,
      null,
      '—',
      '1.20 GB transferred',
      '35.0 MB/s',
    ]);
    expect(
      taskProgress(makeTask({ type: 'TRANSFER', status: 'ACTIVE', files: FEW_FILES, files_transferred: 1 })).byBytes,
    ).toBe(true);
    // Many files: the file count moves often enough.
    const many = taskProgress(
      makeTask({ type: 'TRANSFER', status: 'ACTIVE', files: FEW_FILES + 1, files_transferred: 1 }),
    );
    expect([many.byBytes, percentText(many)]).toEqual([false, '25%']);
    // Finished: the outcome is known, so the usual numbers stand.
    const done = taskProgress(makeTask({ type: 'TRANSFER', status: 'SUCCEEDED', files: 1, files_transferred: 1 }));
    expect([done.byBytes, percentText(done)]).toEqual([false, '100%']);
    expect(taskProgress(makeTask({ type: 'TRANSFER', status: 'FAILED', files: 1, files_transferred: 0 })).byBytes).toBe(
      false,
    );
    expect(taskProgress(makeTask({ type: 'DELETE', status: 'ACTIVE', files: 1, files_transferred: 0 })).byBytes).toBe(
      false,
    );
  });
  it('has no ETA when nothing measurable is known, or once finished', () => {
    expect(
      taskProgress(makeTask({ files: 10, files_transferred: 0, effective_bytes_per_second: 1e6 })).etaSeconds,
    ).toBeNull();
    expect(
      taskProgress(
        makeTask({
          status: 'SUCCEEDED',
          files: 10,
          files_transferred: 4,
          bytes_transferred: 4,
          effective_bytes_per_second: 1,
        }),
      ).etaSeconds,
    ).toBeNull();
  });
});
