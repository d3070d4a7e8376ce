import { Tabs } from '@mantine/core';
import type { Scorecard } from '@bearing/core';
import { CustomerSummary } from './CustomerSummary.tsx';
import { StrategyOutline } from './StrategyOutline.tsx';
import { outlineOf } from './strategy-outline.ts';

/** A strategy that is not saved yet (a template, the wizard's draft): its map and its customers. */
export function ScorecardPreviewTabs({ scorecard }: { scorecard: Scorecard }) {
  return (
    <Tabs defaultValue="map" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="map">Objectives per perspective</Tabs.Tab>
        <Tabs.Tab value="customer">Customers</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="map" pt="sm">
        <StrategyOutline lanes={outlineOf(scorecard)} />
      </Tabs.Panel>
      <Tabs.Panel value="customer" pt="sm">
        <CustomerSummary scorecard={scorecard} />
      </Tabs.Panel>
    </Tabs>
  );
}
