// Runs before each unit/component test file. Those files share one worker's happy-dom window and module
// cache (isolate: false, which spends several times less CPU than a fresh window, React and Testing
// Library per file), so each file starts here from what a fresh worker would give it.
import { focusManager, onlineManager } from '@tanstack/react-query';
import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { Window as HappyWindow } from 'happy-dom';
import { vi } from 'vitest';

// Unmount whatever the previous file left mounted before its window state is wiped under it.
cleanup();
vi.useRealTimers();
vi.unstubAllGlobals();
vi.unstubAllEnvs();

// The app's own modules run afresh: stores kept in module state (toasts, the task notifier, throughput
// samples, the copy queue, …) start empty, and this file's vi.mock reaches every module importing the
// mocked one. Packages (React, Testing Library, happy-dom) are loaded once and stay loaded.
vi.resetModules();

// An empty IndexedDB, as the app meets it on a first visit; idb-keyval opens databases on the global.
globalThis.indexedDB = new IDBFactory();
// (A file may ask for the node environment instead, which has no window.)
if (typeof window !== 'undefined') {
  localStorage.clear();
  sessionStorage.clear();
  const { happyDOM } = window as unknown as HappyWindow;
  // Timers and requests the previous file's window still had pending.
  await happyDOM.abort();
  happyDOM.setURL('http://localhost:3000/');
  document.title = '';
  document.head.replaceChildren();
  document.body.replaceChildren();
}
// Browsers have reportError (an uncaught error, without stopping the caller); happy-dom does not. Reported
// errors stay uncaught here too, so Vitest names them as unhandled errors and fails the run.
globalThis.reportError ??= (error: unknown) => {
  setTimeout(() => {
    throw error;
  });
};
// TanStack Query keeps online and focus state in package singletons.
onlineManager.setOnline(true);
focusManager.setFocused(undefined);
