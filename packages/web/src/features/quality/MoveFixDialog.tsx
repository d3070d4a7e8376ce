import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { usePerspectives } from '../../api/queries.ts';
import { objectiveName, q, type FixContext } from './fix-context.ts';
import { fixDialogTitle } from './fix-labels.ts';
import { planFix, type FixPlan } from './fix-plan.ts';
import { targetCandidates } from './move-target.ts';
import type { MoveChoice } from './use-fix-flow.ts';

interface MoveFixDialogProps {
  readonly choice: MoveChoice | null;
  readonly context: FixContext | null;
  readonly onTarget: (target: string | null) => void;
  readonly onConfirm: (plan: FixPlan) => void;
  readonly onCancel: () => void;
}

/**
 * Asks before a move: which objective gets the KPI or initiative, and what will be deleted with
 * the old objective. The effects are the plan's own, so what it says is what it does.
 */
export function MoveFixDialog({ choice, context, ...rest }: MoveFixDialogProps) {
  if (!choice || !context) return null;
  return <MoveFixForm choice={choice} context={context} {...rest} />;
}

function MoveFixForm({
  choice,
  context,
  onTarget,
  onConfirm,
  onCancel,
}: MoveFixDialogProps & { readonly choice: MoveChoice; readonly context: FixContext }) {
  const perspectives = usePerspectives(context.ws, context.sc);
  const { fix, target } = choice;
  const perspectiveName = (id: string) => perspectives.data?.find((p) => p.id === id)?.name ?? id;
  const candidates = targetCandidates(fix, context);
  const groups = [...new Set(candidates.map((o) => o.perspective))].map((perspective) => ({
    group: perspectiveName(perspective),
    items: candidates
      .filter((o) => o.perspective === perspective)
      .map((o) => ({ value: o.id, label: o.name })),
  }));
  const result = target ? planFix(fix, context, target) : null;
  const what = fix.kind === 'move-to-kpi' ? 'a KPI' : 'an initiative';
  const action = fix.kind === 'move-to-kpi' ? 'Turn into a KPI' : 'Turn into an initiative';
  return (
    <Modal opened onClose={onCancel} title={fixDialogTitle(fix, context)} size="lg">
      <Stack gap="md">
        <Text size="sm">
          {q(objectiveName(context, fix.objective))} becomes {what} of the objective you choose,
          usually the one it has a cause-effect link to; then it is deleted.
        </Text>
        <Select
          label={fix.kind === 'move-to-kpi' ? 'KPI of objective' : 'Initiative of objective'}
          placeholder="Choose an objective"
          data={groups}
          value={target}
          onChange={onTarget}
          searchable
          openOnFocus={false}
          comboboxProps={{ withinPortal: true }}
        />
        {result?.ok && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              This will:
            </Text>
            <List size="sm" spacing={4} data-testid="fix-effects">
              {result.plan.effects.map((effect) => (
                <List.Item key={effect}>{effect}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {result && !result.ok && (
          <Alert color="red" variant="light">
            {result.reason}
          </Alert>
        )}
        <Group gap={6} c="dimmed">
          <IconArrowBackUp size={16} aria-hidden />
          <Text size="xs">Undo, in the notification that follows, restores everything.</Text>
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button
            disabled={!result?.ok}
            onClick={() => {
              if (result?.ok) onConfirm(result.plan);
            }}
          >
            {action}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
