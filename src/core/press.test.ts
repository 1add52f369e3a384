import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pressOf, releaseChooses } from './press';

const box = { left: 10, top: 100, right: 310, bottom: 140 };
const mouse = { pointerId: 1, button: 0, isPrimary: true };

describe('a press on a list item', () => {
  it('is made by the main button of the primary pointer only', () => {
    expect(pressOf('a', mouse, box)).toEqual({ item: 'a', pointerId: 1, box });
    expect(pressOf('a', { ...mouse, button: 2 }, box)).toBeUndefined();
    expect(pressOf('a', { ...mouse, pointerId: 7, isPrimary: false }, box)).toBeUndefined();
  });

  it('chooses its item when let go where it was pressed, though the list was drawn again meanwhile', () => {
    // The item's element is gone by the release: the press needs only its box, kept from the press.
    const press = pressOf({ pageId: 'sample', at: 798 }, mouse, box);
    expect(releaseChooses(press, { pointerId: 1, clientX: 160, clientY: 120 })).toBe(true);
    expect(press?.item).toEqual({ pageId: 'sample', at: 798 });
  });

  it('is let go without a choice when released outside its box, by another pointer, or never made', () => {
    const press = pressOf('a', mouse, box);
    expect(releaseChooses(press, { pointerId: 1, clientX: 160, clientY: 140 })).toBe(false);
    expect(releaseChooses(press, { pointerId: 1, clientX: 9, clientY: 120 })).toBe(false);
    expect(releaseChooses(press, { pointerId: 2, clientX: 160, clientY: 120 })).toBe(false);
    expect(releaseChooses(undefined, { pointerId: 1, clientX: 160, clientY: 120 })).toBe(false);
  });

  it('chooses exactly when the release falls inside the box (half-open, as the browser hit-tests)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 400 }), fc.integer({ min: 50, max: 200 }), (x, y) => {
        const inside = x >= box.left && x < box.right && y >= box.top && y < box.bottom;
        expect(releaseChooses(pressOf('a', mouse, box), { pointerId: 1, clientX: x, clientY: y })).toBe(inside);
      }),
    );
  });
});
