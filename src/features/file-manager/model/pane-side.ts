export type PaneSide = 'left' | 'right';
export const otherSide = (side: PaneSide): PaneSide => (side === 'left' ? 'right' : 'left');
