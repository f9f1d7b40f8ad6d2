import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProgressBar } from '@/components/ui/progress-bar';

afterEach(cleanup);

const bar = () => screen.getByRole('progressbar', { name: 'Copying' });

describe('ProgressBar', () => {
  it('reads out a known fraction of any total, rounded down', () => {
    render(<ProgressBar label="Copying" value={2} max={3} />);
    expect(bar().getAttribute('aria-valuenow')).toBe('66');
    expect(bar().getAttribute('aria-valuetext')).toBe('66%');
    expect(bar().hasAttribute('data-indeterminate')).toBe(false);
  });

  it('is indeterminate without a total: moving while busy, with what is known read out', () => {
    render(<ProgressBar label="Copying" value={5e6} max={0} busy valueText="5.00 MB transferred" />);
    expect(bar().getAttribute('aria-valuenow')).toBeNull();
    expect(bar().getAttribute('aria-valuetext')).toBe('5.00 MB transferred');
    expect(bar().hasAttribute('data-indeterminate')).toBe(true);
    // Never a full bar, which reads as finished (or failed, in red): a short sliding segment.
    const slider = bar().firstElementChild as HTMLElement;
    expect(slider.className).toContain('progress-slide');
    expect(slider.className).not.toContain('w-full');
  });

  it('an empty track says the progress is unknown when nothing is under way', () => {
    render(<ProgressBar label="Copying" value={null} />);
    expect(bar().getAttribute('aria-valuetext')).toBe('Progress unknown');
    expect(bar().hasAttribute('data-indeterminate')).toBe(false);
    expect(bar().childElementCount).toBe(0);
  });
});
