declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'layout-base' {
  const layoutBase: { RandomSeed: unknown };
  export default layoutBase;
}
