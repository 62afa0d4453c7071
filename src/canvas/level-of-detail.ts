/**
 * Level of detail for large graphs. Thousands of labels, arrows and "+N" badges drawn at a zoom where no one can
 * read them cost most of a frame; below a readable zoom they are dropped and return when the reader zooms in.
 */
export const LOD_MIN_NODES = 1000;
/** Below this zoom the smallest label (14 px) would render under 6 px. */
export const LOD_ZOOM = 0.42;
/** Hysteresis, so a zoom resting at the threshold does not flicker between the two. */
const BAND = 0.04;

export function wantsFar(nodeCount: number, zoom: number, far: boolean): boolean {
  if (nodeCount < LOD_MIN_NODES) return false;
  return far ? zoom < LOD_ZOOM + BAND : zoom < LOD_ZOOM - BAND;
}
