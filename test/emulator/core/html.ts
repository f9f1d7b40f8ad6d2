/** Minimal, accessible HTML pages for the browser-facing routes (login, consent, helpers). */
import { fieldText } from './text';

export function esc(s: unknown): string {
  return fieldText(s).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Globus emulator</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
button{font-size:1rem;padding:.4rem .8rem;margin:.2rem 0}li{margin:.3rem 0}.note{color:#555}.error{color:#a00}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left}</style></head>
<body><main><h1>${esc(title)}</h1>
${body}
<p class="note">Offline Globus emulator — not the real Globus.</p></main></body></html>`;
}

export function hidden(name: string, value: string | null | undefined): string {
  return value === null || value === undefined ? '' : `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`;
}
