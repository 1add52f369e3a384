import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type Modifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';
import { useT } from '../../shared/script/useScript';
import { reorderAnnouncements, reorderInstructions } from './reorderAnnouncements';

interface Props {
  /** The items' ids, in order: each item calls `useSortable` with its own. */
  keys: string[];
  nameOf: (key: string) => string;
  onMove: (key: string, index: number) => void;
  children: ReactNode;
}

/** A pointer moves a handle this far before it drags: a tap or a click stays a tap or a click. */
const DRAG_DISTANCE = 6;

/** Items move up and down the list, never sideways out of the pane. */
const alongList: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * Reordering by an item's handle with dnd-kit, where native drag and drop can't go: a mouse or a
 * finger (pointer events, so touch works on phones), and the keyboard (Space picks the item up,
 * ↑/↓ move it, Space drops it, Escape puts it back), each step announced.
 */
export function ReorderList({ keys, nameOf, onMove, children }: Props) {
  const t = useT();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) onMove(String(active.id), keys.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[alongList]}
      accessibility={{ announcements: reorderAnnouncements(t, keys, nameOf), screenReaderInstructions: reorderInstructions(t) }}
      onDragEnd={onDragEnd}
    >
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
