import type { EvidenceVerdict } from '@bearing/core';
import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { InitiativeRecord, ObjectiveScore } from '../../api/types.ts';
import { scorecardUrl } from '../../app/url-state.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatScore, formatTarget, formatValue } from '../../lib/format.ts';
import type { CardModel, LinkModel } from './map-model.ts';
import { LinkList, Section } from './PanelSections.tsx';

export interface ObjectivePanelProps {
  readonly ws: string;
  readonly sc: string;
  readonly period: string | null;
  readonly card: CardModel;
  readonly laneName: string;
  readonly score: ObjectiveScore | undefined;
  readonly initiatives: readonly InitiativeRecord[];
  readonly links: readonly LinkModel[];
  readonly nameOf: (id: string) => string;
  readonly onClose: () => void;
  readonly onSelect: (id: string) => void;
  readonly onRename: () => void;
  readonly onDelete: () => void;
  readonly onEditLink: (link: LinkModel) => void;
  /** The verdict of each link by `from->to`, when evidence is shown. */
  readonly verdicts?: ReadonlyMap<string, { readonly verdict: EvidenceVerdict }> | null;
}

/** Everything about the selected objective, beside the map. */
export function ObjectivePanel(props: ObjectivePanelProps) {
  const { card, score, ws, sc, period } = props;
  const keep = { period };
  const incoming = props.links.filter((l) => l.to === card.id);
  const outgoing = props.links.filter((l) => l.from === card.id);
  return (
    <aside className="bm-aside" aria-label={`Objective: ${card.name}`}>
      <Group justify="space-between" align="flex-start" p="md" pb="xs" wrap="nowrap">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {props.laneName}
          </Text>
          <Title order={4}>{card.name}</Title>
        </Stack>
        <CloseButton aria-label="Close panel" onClick={props.onClose} />
      </Group>
      <ScrollArea style={{ flex: 1 }} px="md" pb="md">
        <Stack gap="md">
          <Group gap="xs">
            <StatusBadge status={card.status} score={card.score} size="lg" />
            {card.owner && (
              <Text size="sm" c="dimmed">
                Owner: <b>{card.owner}</b>
              </Text>
            )}
          </Group>
          {card.parent && (
            <Text size="sm">
              Part of{' '}
              <Anchor component="button" type="button" onClick={() => props.onSelect(card.parent!)}>
                {props.nameOf(card.parent)}
              </Anchor>
            </Text>
          )}
          <Group gap="xs">
            <Button
              component={Link}
              to={scorecardUrl({ ws, sc }, `objectives/${encodeURIComponent(card.id)}`, keep)}
              size="xs"
              variant="light"
              leftSection={<IconExternalLink size={14} />}
            >
              Open objective page
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} />}
              onClick={props.onRename}
            >
              Rename
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={props.onDelete}
            >
              Delete
            </Button>
          </Group>

          <Section title={`KPIs (${score?.kpis.length ?? 0})`}>
            {(score?.kpis.length ?? 0) === 0 && (
              <Text size="sm" c="dimmed">
                No KPIs yet: add a lagging and a leading one on the objective page.
              </Text>
            )}
            {score?.kpis.map((kpi) => (
              <Group key={kpi.id} justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={scorecardUrl({ ws, sc }, `kpis/${encodeURIComponent(kpi.id)}`, keep)}
                    size="sm"
                    fw={500}
                  >
                    {kpi.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatValue(kpi.value, kpi.unit)} of target{' '}
                    {formatTarget(kpi.target, kpi.unit)}
                    {kpi.indicator ? ` · ${kpi.indicator}` : ''}
                  </Text>
                </Stack>
                <StatusBadge
                  status={kpi.status}
                  score={kpi.score}
                  size="sm"
                  style={{ flex: 'none' }}
                />
              </Group>
            ))}
          </Section>

          <Section title={`Initiatives (${props.initiatives.length})`}>
            {props.initiatives.length === 0 && (
              <Text size="sm" c="dimmed">
                No initiative drives this objective yet.
              </Text>
            )}
            {props.initiatives.map((initiative) => (
              <Group key={initiative.id} justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {initiative.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {initiative.owner ?? 'No owner'}
                    {initiative.due ? ` · due ${initiative.due}` : ''}
                  </Text>
                </Stack>
                <Badge variant="light" color="gray" style={{ flex: 'none' }}>
                  {initiative.status}
                  {initiative.progress !== null ? ` · ${formatScore(initiative.progress)}` : ''}
                </Badge>
              </Group>
            ))}
          </Section>

          <LinkList
            title={`Caused by (${incoming.length})`}
            links={incoming}
            other={(l) => l.from}
            nameOf={props.nameOf}
            onSelect={props.onSelect}
            onEditLink={props.onEditLink}
            verdicts={props.verdicts ?? null}
          />
          <LinkList
            title={`Leads to (${outgoing.length})`}
            links={outgoing}
            other={(l) => l.to}
            nameOf={props.nameOf}
            onSelect={props.onSelect}
            onEditLink={props.onEditLink}
            verdicts={props.verdicts ?? null}
          />
        </Stack>
      </ScrollArea>
    </aside>
  );
}
