/** Test-only XMLHttpRequest: tests drive upload progress and the answer by hand. */
type Handler = ((e: ProgressEvent) => void) | null;

export class FakeXhr {
  static sent: FakeXhr[] = [];
  private static waiters: ((x: FakeXhr) => void)[] = [];
  static reset() {
    FakeXhr.sent = [];
    FakeXhr.waiters = [];
  }
  /** The next request sent (already sent or still to come). */
  static next(): Promise<FakeXhr> {
    const ready = FakeXhr.sent.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => FakeXhr.waiters.push(resolve));
  }

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  upload: { onprogress: Handler } = { onprogress: null };
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
    const waiter = FakeXhr.waiters.shift();
    if (waiter) waiter(this);
    else FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.(new ProgressEvent('abort'));
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true }));
  }
  respond(status: number) {
    this.status = status;
    this.onload?.(new ProgressEvent('load'));
  }
}
