import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { UiKey } from '../../core/ui/strings';

/**
 * What a screen reader hears while a stock is moved by its handle, in the UI's words and the
 * current script: picked up at its place, each place it moves to, dropped or put back.
 *
 * @example
 * reorderAnnouncements(t, ['HK:00700', 'HK:09988'], nameOf).onDragStart({ active: { id: 'HK:09988' } })
 * // → '已拿起阿里巴巴，現在在第 2 位'
 */
export function reorderAnnouncements(
  t: (key: UiKey) => string,
  keys: readonly string[],
  nameOf: (key: string) => string,
): Announcements {
  const name = (id: UniqueIdentifier) => nameOf(String(id));
  const place = (id: UniqueIdentifier) => `${keys.indexOf(String(id)) + 1} ${t('wlPositionSuffix')}`;
  return {
    onDragStart: ({ active }) => `${t('wlPickedUp')}${name(active.id)}${t('wlNowAt')} ${place(active.id)}`,
    // Over its own place (just picked up) says nothing: the pick-up has said where it is.
    onDragOver: ({ active, over }) =>
      over?.id === active.id ? undefined : over ? `${name(active.id)}${t('wlMovesTo')} ${place(over.id)}` : `${name(active.id)}${t('wlOutsideList')}`,
    onDragEnd: ({ active, over }) =>
      over ? `${t('wlDropped')}${name(active.id)}，${t('wlMovedTo')} ${place(over.id)}` : `${t('wlDropCancelled')}${name(active.id)}${t('wlStaysAt')} ${place(active.id)}`,
    onDragCancel: ({ active }) => `${t('wlDropCancelled')}${name(active.id)}${t('wlStaysAt')} ${place(active.id)}`,
  };
}

/** Said once when a handle takes focus: how to move a stock with the keyboard. */
export function reorderInstructions(t: (key: UiKey) => string): ScreenReaderInstructions {
  return { draggable: t('wlReorderInstructions') };
}
