import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { forgetOldSideDefault, MAIN_DEFAULT, MAIN_GROUP, SIDE_DEFAULT, SIDE_GROUP } from './desk-layout';
import { PaneRegion, usePaneLabel, type DeskProps } from './PaneRegion';
import type { PaneId } from './panes';

// Once, before any desk reads its sizes: a side split stored only because it was the old default.
forgetOldSideDefault(localStorage);

/**
 * The resizable desk, with react-resizable-panels: keyboard-accessible separators (arrow keys),
 * size constraints, and layouts remembered in localStorage by its own `useDefaultLayout`.
 */
export default function ResizableDesk({ pane }: DeskProps) {
  const main = useDefaultLayout({ id: MAIN_GROUP, storage: localStorage });
  const side = useDefaultLayout({ id: SIDE_GROUP, storage: localStorage });
  const region = (id: PaneId) => <PaneRegion id={id}>{pane(id)}</PaneRegion>;
  const pct = (n: number) => `${n}%`;
  return (
    <Group orientation="horizontal" className="desk" id={MAIN_GROUP} data-testid="desk" {...main}>
      <Panel id="p-contents" defaultSize={pct(MAIN_DEFAULT['p-contents'])} minSize="12%" maxSize="40%">
        {region('contents')}
      </Panel>
      <PaneSeparator className="separator" after="contents" />
      <Panel id="p-reader" defaultSize={pct(MAIN_DEFAULT['p-reader'])} minSize="30%">
        {region('reader')}
      </Panel>
      <PaneSeparator className="separator" after="reader" />
      <Panel id="p-side" defaultSize={pct(MAIN_DEFAULT['p-side'])} minSize="15%" maxSize="50%">
        <Group orientation="vertical" id={SIDE_GROUP} data-testid="side" {...side}>
          <Panel id="p-charts" defaultSize={pct(SIDE_DEFAULT['p-charts'])} minSize="20%">
            {region('charts')}
          </Panel>
          <PaneSeparator className="separator separator-h" after="charts" />
          <Panel id="p-watchlist" defaultSize={pct(SIDE_DEFAULT['p-watchlist'])} minSize="12%">
            {region('watchlist')}
          </Panel>
          <PaneSeparator className="separator separator-h" after="watchlist" />
          <Panel id="p-notebook" defaultSize={pct(SIDE_DEFAULT['p-notebook'])} minSize="12%">
            {region('notebook')}
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}

/** A separator named after the pane it resizes, in the display script. */
function PaneSeparator({ className, after }: { className: string; after: PaneId }) {
  return <Separator className={className} aria-label={usePaneLabel(after)} />;
}
