import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';

function Opener({ onOuterKey = () => {} }: { onOuterKey?: (key: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    // A surrounding handler, as a menu holding the dialog has.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- test stand-in for a keyboard-handling container
    <div onKeyDown={(e) => onOuterKey(e.key)}>
      <Button onClick={() => setOpen(true)}>Rename…</Button>
      {open ? (
        <Modal
          title="Rename"
          onClose={() => setOpen(false)}
          onSubmit={() => setOpen(false)}
          footer={<Button type="submit">Save</Button>}
        >
          <label>
            Name <input data-autofocus defaultValue="a" />
          </label>
        </Modal>
      ) : null}
    </div>
  );
}

describe('Modal', () => {
  afterEach(cleanup);

  it('opens as a modal dialog named by its title, focusing the marked field', async () => {
    render(<Opener />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Name' }));
  });

  it('Escape closes it, stays inside it, and focus returns to the opener', async () => {
    const onOuterKey = vi.fn();
    render(<Opener onOuterKey={onOuterKey} />);
    const opener = screen.getByRole('button', { name: 'Rename…' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOuterKey).not.toHaveBeenCalledWith('Escape');
    expect(document.activeElement).toBe(opener);
  });

  it("the browser's cancel (its own Escape handling) closes it too", async () => {
    render(<Opener />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Enter submits the form, and focus returns to the opener', async () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Rename…' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('makes long text with no control in it a tab stop, so it can be scrolled from the keyboard', () => {
    // happy-dom lays nothing out: the text is made taller than its scroll area by hand.
    const height = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(900);
    const visible = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
    try {
      const { unmount } = render(
        <Modal title="Help" onClose={() => {}} footer={<Button>Close</Button>}>
          <p>Long text</p>
        </Modal>,
      );
      expect(screen.getByText('Long text').parentElement!.tabIndex).toBe(0);
      unmount();
      // With a field of its own, the area needs no stop: the field takes focus and scrolls it.
      render(
        <Modal title="Rename" onClose={() => {}} footer={<Button>Save</Button>}>
          <input aria-label="Name" />
        </Modal>,
      );
      expect(screen.getByRole('textbox', { name: 'Name' }).parentElement!.hasAttribute('tabindex')).toBe(false);
    } finally {
      height.mockRestore();
      visible.mockRestore();
    }
  });
});
