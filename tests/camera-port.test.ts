import { describe, expect, it } from 'vitest';
import { attachCamera, camera, type CameraMove } from '../src/store/camera';

describe('the camera', () => {
  it('carries out a move asked for before the canvas mounted, once it does (only the latest)', () => {
    camera.home();
    camera.show({ ids: ['taigu-plan-2021', 'part-1-goals'] });
    const moves: CameraMove[] = [];
    const detach = attachCamera((m) => moves.push(m));
    expect(moves).toEqual([{ to: 'nodes', ids: ['taigu-plan-2021', 'part-1-goals'] }]);
    camera.zoom({ direction: 'in' });
    camera.center({ id: 'part-1-goals' });
    expect(moves.slice(1)).toEqual([
      { to: 'zoom', direction: 'in' },
      { to: 'node', id: 'part-1-goals' },
    ]);
    detach();
  });

  it('keeps a move asked for after the canvas went away for the next canvas', () => {
    const first: CameraMove[] = [];
    attachCamera((m) => first.push(m))();
    camera.fit();
    expect(first).toEqual([]);
    const next: CameraMove[] = [];
    const detach = attachCamera((m) => next.push(m));
    expect(next).toEqual([{ to: 'fit' }]);
    detach();
  });
});
