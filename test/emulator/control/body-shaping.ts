/**
 * Faults on a body in flight (control/faults.ts): slow it to `bytesPerSecond`, and cut the
 * connection once `dropAfterBytes` bytes have passed. Used on response bodies by the fault
 * middleware and on upload bodies by the HTTPS server (https/upload-body.ts).
 */
import type { ServerResponse } from 'node:http';
import type { Http2ServerResponse } from 'node:http2';
import type { Socket } from 'node:net';

export interface BodyFault {
  id: string;
  dropAfterBytes?: number;
  bytesPerSecond?: number;
}

/** Raised (in-process, where there is no socket) when a fault cut the body. */
export class DroppedByFault extends Error {
  constructor(readonly faultId: string) {
    super(`connection dropped by fault ${faultId}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What cuts the connection, and how the body then ends. */
export interface Cut {
  run(): Promise<void>;
  /** 'end': a response whose peer is gone ends quietly (no error log); 'fail': an upload must not look complete. */
  then: 'end' | 'fail';
}

/** Cuts an upload: the client is still sending, so the socket just closes. */
export const cutNow = (socket: Socket): Cut => ({ run: async () => void socket.destroy(), then: 'fail' });

/**
 * Cuts a response once the status line, headers and every byte written so far have left the process
 * (the peer gets them, then the connection closes early).
 */
export const cutAfterFlush = (socket: Socket, outgoing: ServerResponse | Http2ServerResponse): Cut => ({
  run: async () => {
    while (!socket.destroyed && (!outgoing.headersSent || outgoing.writableLength > 0 || socket.writableLength > 0))
      await sleep(5);
    socket.destroy();
  },
  then: 'end',
});

/**
 * `body` passed through the fault: throttled, and cut after `dropAfterBytes` by `cut`. Without a
 * connection to cut (in-process requests) the stream errors with DroppedByFault instead.
 */
export function shapeBody(
  body: ReadableStream<Uint8Array>,
  fault: BodyFault,
  cut: Cut | undefined,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const { dropAfterBytes, bytesPerSecond } = fault;
  // Throttled bodies go out in pieces of about a tenth of a second each, so the pace is even.
  const piece = bytesPerSecond ? Math.max(1, Math.floor(bytesPerSecond / 10)) : Infinity;
  let passed = 0;
  let pending: Uint8Array | null = null;
  const started = Date.now();
  return new ReadableStream({
    async pull(controller) {
      if (dropAfterBytes !== undefined && passed >= dropAfterBytes) {
        void reader.cancel().catch(() => {});
        if (cut) await cut.run();
        return cut?.then === 'end' ? controller.close() : controller.error(new DroppedByFault(fault.id));
      }
      if (!pending || pending.length === 0) {
        const next = await reader.read();
        if (next.done) return controller.close();
        pending = next.value;
      }
      let take = Math.min(pending.length, piece);
      if (dropAfterBytes !== undefined) take = Math.min(take, dropAfterBytes - passed);
      const chunk = pending.subarray(0, take);
      pending = pending.subarray(take);
      passed += take;
      if (bytesPerSecond) {
        const due = started + (passed / bytesPerSecond) * 1000;
        if (due > Date.now()) await sleep(due - Date.now());
      }
      controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
