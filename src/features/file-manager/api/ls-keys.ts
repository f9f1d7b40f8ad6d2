// The listing keys are shared with every feature that lists folders (src/lib/queries/directory.ts).
export { directoryKeys as lsKeys } from '@/lib/queries/directory';
