import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onFigureActivated, useFigureFocus } from './figure-focus';

describe('figure focus', () => {
  beforeEach(() => useFigureFocus.setState({ hovered: undefined, hoveredIds: [], active: undefined, activations: 0 }));

  it('hovers a chart point with every figure that states it, and leaves it', () => {
    useFigureFocus.getState().hover('f344', ['f344', 'f1027']);
    expect(useFigureFocus.getState().hoveredIds).toEqual(['f344', 'f1027']);
    useFigureFocus.getState().unhover('f344');
    expect(useFigureFocus.getState().hoveredIds).toEqual([]);
  });

  it('hovers and leaves a figure', () => {
    useFigureFocus.getState().hover('f205');
    expect(useFigureFocus.getState().hovered).toBe('f205');
    useFigureFocus.getState().unhover('f205');
    expect(useFigureFocus.getState().hovered).toBeUndefined();
  });

  it('ignores leaving a figure the pointer already left for another', () => {
    const { hover, unhover } = useFigureFocus.getState();
    hover('f205');
    hover('f291');
    unhover('f205');
    expect(useFigureFocus.getState().hovered).toBe('f291');
  });

  it('counts every activation, even of the same figure, and tells listeners', () => {
    const heard = vi.fn();
    const stop = onFigureActivated(heard);
    useFigureFocus.getState().activate('f205');
    useFigureFocus.getState().activate('f205');
    expect(useFigureFocus.getState()).toMatchObject({ active: 'f205', activations: 2 });
    expect(heard).toHaveBeenCalledTimes(2);
    useFigureFocus.getState().hover('f291');
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    useFigureFocus.getState().activate('f291');
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
