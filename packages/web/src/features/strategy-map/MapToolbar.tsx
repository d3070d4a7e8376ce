import { ActionIcon, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconChecklist,
  IconDownload,
  IconFileTypePng,
  IconFileTypeSvg,
  IconFlask,
  IconLayoutDistributeHorizontal,
  IconMaximize,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { useReactFlow } from '@xyflow/react';
import { memo } from 'react';
import type { Status } from '../../api/types.ts';
import { StatusBadge, StatusIcon } from '../../components/StatusBadge.tsx';
import { STATUS_LABEL } from '../../lib/format.ts';

const STATUSES: readonly Status[] = ['green', 'amber', 'red', 'none'];

export interface MapToolbarProps {
  readonly score: number | null;
  readonly status: Status;
  readonly counts: Readonly<Record<Status, number>>;
  readonly hasSavedPositions: boolean;
  readonly qualityOpen: boolean;
  readonly evidenceShown: boolean;
  readonly onFit: () => void;
  readonly onRelayout: () => void;
  readonly onExport: (kind: 'svg' | 'png') => void;
  readonly onToggleQuality: () => void;
  readonly onToggleEvidence: () => void;
}

/** Zoom, re-layout, export, the quality panel, evidence on or off, and the legend of statuses with their counts. */
export const MapToolbar = memo(function MapToolbar(props: MapToolbarProps) {
  const flow = useReactFlow();
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" role="toolbar" aria-label="Map tools">
      <Group gap="xs" wrap="nowrap">
        <StatusBadge status={props.status} score={props.score} size="lg" variant="light" />
        <ActionIcon.Group>
          <Tooltip label="Zoom out">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Zoom out"
              onClick={() => void flow.zoomOut({ duration: 200 })}
            >
              <IconZoomOut size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Zoom in">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Zoom in"
              onClick={() => void flow.zoomIn({ duration: 200 })}
            >
              <IconZoomIn size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Fit the whole map">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Fit map to screen"
              onClick={() => props.onFit()}
            >
              <IconMaximize size={18} />
            </ActionIcon>
          </Tooltip>
        </ActionIcon.Group>
        <Tooltip
          label={
            props.hasSavedPositions
              ? 'Forget where cards were dragged and lay the map out automatically'
              : 'The map is laid out automatically'
          }
        >
          <Button
            variant="default"
            leftSection={<IconLayoutDistributeHorizontal size={16} />}
            onClick={props.onRelayout}
            disabled={!props.hasSavedPositions}
          >
            Re-layout
          </Button>
        </Tooltip>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" leftSection={<IconDownload size={16} />}>
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconFileTypeSvg size={16} />}
              onClick={() => props.onExport('svg')}
            >
              SVG image (vector)
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileTypePng size={16} />}
              onClick={() => props.onExport('png')}
            >
              PNG image
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          variant={props.qualityOpen ? 'filled' : 'default'}
          leftSection={<IconChecklist size={16} />}
          aria-pressed={props.qualityOpen}
          onClick={props.onToggleQuality}
        >
          Quality
        </Button>
        <Tooltip label="Draw each link by what the KPI history says about it">
          <Button
            variant={props.evidenceShown ? 'filled' : 'default'}
            leftSection={<IconFlask size={16} />}
            aria-pressed={props.evidenceShown}
            onClick={props.onToggleEvidence}
          >
            Evidence
          </Button>
        </Tooltip>
      </Group>
      <Group gap="md" wrap="nowrap" aria-label="Legend">
        {STATUSES.map((status) => (
          <Group key={status} gap={4} wrap="nowrap" data-status={status} className="bm-legend-item">
            <StatusIcon status={status} size={16} />
            <Text size="sm">
              {STATUS_LABEL[status]} <b>{props.counts[status]}</b>
            </Text>
          </Group>
        ))}
      </Group>
    </Group>
  );
});
