import { Button, EmptyState, Group } from '@mantine/core';
import { IconChartDots, IconPencilPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';

/** A scorecard without a single value has no "latest period" to show yet: say so, and how. */
export function NoDataYet({ params }: { params: ScorecardParams }) {
  return (
    <EmptyState
      mt="xl"
      variant="light"
      icon={<IconChartDots size={28} />}
      title="No values yet"
      description="Scores appear once KPIs have values. Enter this period's values, or pick a period in the header."
    >
      <EmptyState.Actions>
        <Group gap="sm" justify="center">
          <Button
            component={Link}
            to={scorecardUrl(params, 'entry')}
            leftSection={<IconPencilPlus size={16} />}
          >
            Enter values
          </Button>
          <Button component={Link} to={scorecardUrl(params, 'map')} variant="default">
            Open the strategy map
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
