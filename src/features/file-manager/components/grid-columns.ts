/**
 * Shared by header and rows so they line up. Columns drop out as the pane narrows (container
 * queries, so it works per pane rather than per window).
 */
export const GRID_COLUMNS =
  'grid grid-cols-[minmax(0,1fr)_5.5rem] @lg:grid-cols-[minmax(0,1fr)_5.5rem_10.5rem] @2xl:grid-cols-[minmax(0,1fr)_5.5rem_10.5rem_8.5rem]';
/**
 * With owner and permissions on: they join Modified from @lg, and Type waits for @3xl so the
 * name keeps some room. Written out whole so Tailwind finds every class.
 */
export const GRID_COLUMNS_WITH_OWNER =
  'grid grid-cols-[minmax(0,1fr)_5.5rem] @lg:grid-cols-[minmax(0,1fr)_5.5rem_10.5rem_7rem_6rem] @3xl:grid-cols-[minmax(0,1fr)_5.5rem_10.5rem_8.5rem_7rem_6rem]';
export const HIDE_BELOW_LG = 'hidden @lg:flex';
export const HIDE_BELOW_2XL = 'hidden @2xl:flex';
export const HIDE_BELOW_3XL = 'hidden @3xl:flex';
export const ROW_HEIGHT = 28;
export const HEADER_HEIGHT = 30;
