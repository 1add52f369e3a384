import { useState, type DragEvent } from 'react';

interface DropTarget {
  readonly key: string;
  /** Drop below the target (the pointer is in its lower half) rather than above. */
  readonly after: boolean;
}

/**
 * Reordering by native HTML5 drag and drop: the handle starts a drag, each item is a drop target
 * whose upper or lower half says whether the dragged stock lands before or after it. The keyboard
 * has its own way (move buttons, Alt+↑/↓); this is the pointer's.
 */
export function useDragOrder(keys: readonly string[], onMove: (key: string, index: number) => void) {
  const [dragging, setDragging] = useState<string>();
  const [target, setTarget] = useState<DropTarget>();
  const end = () => {
    setDragging(undefined);
    setTarget(undefined);
  };

  const handleProps = (key: string) => ({
    draggable: true,
    onDragStart: (e: DragEvent<HTMLElement>) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', key);
      const item = e.currentTarget.closest('li');
      if (item) e.dataTransfer.setDragImage(item, 20, 20);
      setDragging(key);
    },
    onDragEnd: end,
  });

  const itemProps = (key: string) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!dragging) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const box = e.currentTarget.getBoundingClientRect();
      const after = e.clientY > box.top + box.height / 2;
      if (target?.key !== key || target.after !== after) setTarget({ key, after });
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      if (dragging && target) {
        const from = keys.indexOf(dragging);
        const to = keys.indexOf(target.key) + (target.after ? 1 : 0);
        onMove(dragging, from < to ? to - 1 : to);
      }
      end();
    },
  });

  /** `'before'`/`'after'` while an item is the drop target: the list draws a line there. */
  const dropSide = (key: string) => (dragging && dragging !== key && target?.key === key ? (target.after ? 'after' : 'before') : undefined);

  return { dragging, handleProps, itemProps, dropSide };
}
