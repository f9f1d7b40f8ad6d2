/**
 * The few browser capabilities downloads need, behind one object so component tests can replace them
 * (happy-dom cannot navigate or show a save dialog).
 */

type SaveFilePicker = (opts: { suggestedName?: string }) => Promise<FileSystemFileHandle>;

export const browser = {
  /** A top-level navigation: the collection's HTTPS server authenticates it itself (single sign-on). */
  navigate(url: string): void {
    window.location.assign(url);
  },

  /** Present where the File System Access API is (Chromium): lets a download stream straight to disk. */
  savePicker(): SaveFilePicker | null {
    const picker = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
    return typeof picker === 'function' ? picker.bind(window) : null;
  },

  /** Hands a small, already downloaded file to the browser's download manager. */
  saveBlob(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },

  copyText(text: string): Promise<void> {
    if (!navigator.clipboard?.writeText) return Promise.reject(new Error('Clipboard not available'));
    return navigator.clipboard.writeText(text);
  },
};
