// The locale every formatter uses: the browser's language unless a test or a setting pins one.
// Intl formatters are costly to build, so each (locale, options) pair is built once.

let pinned: string | undefined;

/** Pins the locale (tests, a user preference); `undefined` returns to the browser's language. */
export function setFormatLocale(locale: string | undefined): void {
  pinned = locale;
}

/** Tags already checked: every formatted size and date asks, and Intl's check is not free. */
const canonical = new Map<string, string | undefined>();

function validTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let valid: string | undefined;
  try {
    valid = Intl.getCanonicalLocales(tag)[0];
  } catch {
    valid = undefined; // not a BCP 47 tag (e.g. "C" from a bare environment): Intl's default then
  }
  canonical.set(tag, valid);
  return valid;
}

/** The locale to format for now; undefined lets Intl pick its default. */
export function formatLocale(locale?: string): string | undefined {
  return (
    validTag(locale) ?? validTag(pinned) ?? validTag(typeof navigator === 'undefined' ? undefined : navigator.language)
  );
}

function cached<F, O>(make: (locale: string | undefined, options: O) => F) {
  const built = new Map<string, F>();
  return (locale: string | undefined, options: O): F => {
    const key = `${locale ?? ''}|${JSON.stringify(options)}`;
    let f = built.get(key);
    if (!f) {
      f = make(locale, options);
      built.set(key, f);
    }
    return f;
  };
}

export const numberFormat = cached(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
export const dateTimeFormat = cached(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
export const relativeTimeFormat = cached(
  (locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);
export const listFormat = cached((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));

/** What every formatter shows for a value that is missing or not a number. */
export const NO_VALUE = '—';
