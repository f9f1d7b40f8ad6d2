// Finds, in a JSON object read a piece at a time, the items of its top-level "DATA" array as they
// arrive, so a listing can be parsed while the rest of it is still downloading. It only locates
// structure (strings, nesting); JSON.parse does the parsing, a batch of whole items at a time. Any
// shape it does not expect makes it give up (`confused`), and the caller then parses the whole text as
// before, so an odd answer is read, accepted or refused exactly as it would have been.

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Where the string starting at `quote` ends (index after its closing quote), or -1 if not in `text` yet. */
function stringEnd(text: string, quote: number): number {
  let at = quote + 1;
  for (;;) {
    const q = text.indexOf('"', at);
    if (q < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return q + 1;
    at = q + 1;
  }
}

export class DataArrayScanner {
  /** The answer without the DATA array's items (`"DATA":[]`), to be parsed once all has arrived. */
  private head: string[] = [];
  private headFrom = 0;
  /** Text not yet consumed; `pos` is where scanning goes on. */
  private buf = '';
  private pos = 0;
  private depth = 0;
  private mode: 'head' | 'data' | 'after' = 'head';
  private expectKey = false;
  private valueOf: string | null = null;
  private key: string | null = null;
  /** Complete items not yet handed out: from the first's `{` to the last's `}`. */
  private itemsFrom = -1;
  private itemsTo = -1;
  private itemFrom = -1;
  /** In DATA, what the last item or comma was: nothing yet, an item, or a comma. */
  private between: 'start' | 'item' | 'comma' = 'start';
  confused = false;

  /** Scans the next piece of text; returns the items completed by it (parsed, in order). */
  push(piece: string): unknown[] {
    if (this.confused) return [];
    this.buf += piece;
    try {
      this.scan();
      return this.confused ? [] : this.take();
    } catch {
      // A piece JSON.parse refuses: the whole text will be refused the same way.
      this.confused = true;
      return [];
    }
  }

  /** The answer's other fields once the whole text is in (DATA as an empty array), or null if unsure. */
  finish(): Record<string, unknown> | null {
    if (this.confused || this.mode !== 'after') return null;
    try {
      const head: unknown = JSON.parse(this.head.join('') + this.buf.slice(this.headFrom));
      return typeof head === 'object' && head !== null && !Array.isArray(head)
        ? (head as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  }

  private take(): unknown[] {
    let items: unknown[] = [];
    if (this.itemsFrom >= 0) {
      items = JSON.parse(`[${this.buf.slice(this.itemsFrom, this.itemsTo)}]`) as unknown[];
      this.itemsFrom = -1;
    }
    // Keep only what is still needed: an unfinished item is scanned again from its start next time.
    let keep = this.pos;
    if (this.mode === 'data' && this.itemFrom >= 0) {
      keep = this.itemFrom;
      this.pos = keep;
      this.depth = 2;
      this.itemFrom = -1;
    }
    if (this.mode !== 'data') {
      this.head.push(this.buf.slice(this.headFrom, keep));
      this.headFrom = 0;
    }
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    return items;
  }

  private scan() {
    const text = this.buf;
    const n = text.length;
    let i = this.pos;
    for (; i < n; i += 1) {
      const c = text.charCodeAt(i);
      const { depth } = this;
      if (c === QUOTE) {
        const end = stringEnd(text, i);
        if (end < 0) break;
        if (depth === 1 && !this.atKeyOrValue(text.slice(i, end))) return;
        if (depth === 2 && this.mode === 'data') return void (this.confused = true);
        i = end - 1;
      } else if (depth === 0) {
        if (c === OPEN_BRACE) {
          this.depth = 1;
          this.expectKey = true;
        } else if (!isSpace(c)) return void (this.confused = true);
      } else if (depth === 2 && this.mode === 'data') {
        // Exactly one comma between items, none before the first or after the last, as JSON has it.
        const { between } = this;
        if (c === OPEN_BRACE && between !== 'item') {
          this.itemFrom = i;
          this.depth = 3;
        } else if (c === COMMA && between === 'item') this.between = 'comma';
        else if (c === CLOSE_BRACKET && between !== 'comma') {
          this.depth = 1;
          this.mode = 'after';
          this.headFrom = i;
        } else if (!isSpace(c)) return void (this.confused = true);
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 1 && !this.atValue(c)) return;
        if (depth === 1 && this.mode === 'data') {
          // DATA's `[`: the head keeps `"DATA":[`, and gets the closing `]` when the array ends.
          this.head.push(text.slice(this.headFrom, i + 1));
          this.headFrom = 0;
          this.depth = 2;
        } else this.depth += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.mode === 'data' && this.depth === 2) {
          if (this.itemsFrom < 0) this.itemsFrom = this.itemFrom;
          this.itemsTo = i + 1;
          this.itemFrom = -1;
          this.between = 'item';
        }
      } else if (depth === 1) {
        if (c === COMMA) this.expectKey = true;
        else if (c === COLON) this.valueOf = this.key;
        else if (!isSpace(c) && !this.atValue(c)) return;
      }
    }
    this.pos = i;
  }

  /** A string at the top level: a key, or a value. False if confused. */
  private atKeyOrValue(token: string): boolean {
    if (!this.expectKey) return this.atValue(QUOTE);
    this.key = JSON.parse(token) as string;
    this.expectKey = false;
    return true;
  }

  /** The first character of a top-level value: DATA's `[` starts the items. False if confused. */
  private atValue(c: number): boolean {
    const of = this.valueOf;
    this.valueOf = null;
    if (of !== 'DATA') return true;
    if (c !== OPEN_BRACKET || this.seenData) {
      this.confused = true;
      return false;
    }
    this.seenData = true;
    this.mode = 'data';
    return true;
  }

  private seenData = false;
}
