/**
 * The app's fcose settings, in a module of their own (no cytoscape import, no registration) so the benchmark's
 * reference page lays out with exactly these.
 */
export const FCOSE_BASE = {
  name: 'fcose',
  animate: false,
  fit: false,
  packComponents: false,
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: 3000,
  idealEdgeLength: (edge: { data(key: string): unknown }) => (edge.data('rootLink') ? 200 : 50),
  nodeSeparation: 60,
  gravity: 0.4,
  numIter: 2500,
  tile: false,
};
