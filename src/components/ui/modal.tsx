import { useEffect, useId, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';

/**
 * Native modal <dialog>: the browser traps focus and makes the rest of the page inert; Escape closes.
 * Focus goes to the element marked `data-autofocus`, and back to the element that had it on open once the
 * dialog has left the page (before that the page is inert and a focus() call is silently ignored).
 * An opener that wants focus elsewhere, e.g. because the opening row is gone, moves it in its own effect,
 * which runs after this dialog's cleanup.
 */
export function Modal({
  title,
  children,
  footer,
  onClose,
  onSubmit,
  wide,
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  onClose: () => void;
  onSubmit?: (e: FormEvent) => void;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useKeyboardScrollable(bodyRef);
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal?.();
    // showModal focuses the first focusable element, which may be the scroll area: pick the intended field.
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      d?.close?.();
      // A passive-effect cleanup runs after React removed the dialog, so the page is no longer inert.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Escape is handled here, not left to the browser's cancel: it must not also reach handlers around the
      // dialog (a menu holding it would close too). A field that used Escape itself prevents the default.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
      className={`m-auto w-[calc(100%-1rem)] ${wide ? 'max-w-2xl' : 'max-w-md'} rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.(e);
        }}
        className="flex max-h-[85dvh] flex-col"
      >
        <h2 id={titleId} className="border-b border-slate-200 px-4 py-3 text-base font-semibold">
          {title}
        </h2>
        <div
          ref={bodyRef}
          className="min-h-0 flex-1 overflow-auto px-4 py-3 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
        >
          {children}
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-200 px-4 py-3">{footer}</div>
      </form>
    </dialog>
  );
}

/**
 * Long text with nothing focusable in it (the keyboard help) can only be scrolled from the keyboard if its
 * scroll area takes focus: some browsers do that by themselves, others need a tab stop, which this adds
 * only while the area overflows and holds no control of its own.
 */
function useKeyboardScrollable(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const update = () => {
      const needsStop = el.scrollHeight > el.clientHeight && !el.querySelector(FOCUSABLE);
      if (needsStop) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    };
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    update();
    return () => observer.disconnect();
  }, [ref]);
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** An error shown next to the fields, with the recovery the error calls for. */
export function DialogError({
  title,
  detail,
  action,
}: {
  title: string;
  detail?: string | undefined;
  action?: ReactNode;
}) {
  return (
    <div role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-2 text-sm">
      <p className="font-semibold text-red-900">{title}</p>
      {detail ? <p className="mt-0.5 whitespace-pre-line text-red-900">{detail}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
