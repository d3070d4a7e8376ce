import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { request } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import type { Link } from '../../api/types.ts';
import { scorecardUrl, type ScorecardParams } from '../../app/url-state.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { useVersionedForm } from '../../components/forms/use-versioned-form.ts';
import { formatLag, linkPatch, linkToValues, validateLinkPatch } from './link-form.ts';

/** One cause-effect link: the objective at the other end, its hypothesis (editable) and lag. */
export function LinkItem({
  params,
  period,
  link,
  other,
  otherName,
}: {
  params: ScorecardParams;
  period: string | null;
  link: Link;
  /** The objective at the other end of the link. */
  other: string;
  otherName: string;
}) {
  const [editing, setEditing] = useState(false);
  const form = useVersionedForm({
    ws: params.ws,
    record: link,
    toValues: linkToValues,
    toPatch: linkPatch,
    validate: validateLinkPatch,
    write: (patch, version) =>
      request<Link>(paths.link(params.ws, params.sc, link.from, link.to), {
        method: 'PATCH',
        body: patch,
        version,
      }),
    success: 'Hypothesis saved',
    onSaved: () => setEditing(false),
  });
  const lag = formatLag(link.lag);
  return (
    <Paper withBorder p="xs" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor
            component={RouterLink}
            size="sm"
            fw={500}
            to={scorecardUrl(params, `objectives/${encodeURIComponent(other)}`, { period })}
          >
            {otherName}
          </Anchor>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {lag && (
              <Badge size="xs" variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
                lag {lag}
              </Badge>
            )}
            {!editing && (
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={`Edit the hypothesis of the link with ${otherName}`}
                onClick={() => setEditing(true)}
              >
                <IconPencil size={14} />
              </ActionIcon>
            )}
          </Group>
        </Group>
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              form.save();
            }}
          >
            <Stack gap={6}>
              <Textarea
                aria-label="Hypothesis"
                placeholder="If … improves, then … follows, because …"
                autosize
                minRows={2}
                autoFocus
                value={form.values.hypothesis}
                error={form.errors['hypothesis']}
                onChange={(e) => form.setField('hypothesis', e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    form.reset();
                    setEditing(false);
                  }
                }}
              />
              <Group gap="xs" justify="flex-end">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    form.reset();
                    setEditing(false);
                  }}
                >
                  Cancel
                </Button>
                <Button size="xs" type="submit" loading={form.saving}>
                  Save
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text
            size="sm"
            fs={link.hypothesis ? 'italic' : undefined}
            c={link.hypothesis ? undefined : 'dimmed'}
          >
            {link.hypothesis ?? 'No hypothesis: why should this cause that?'}
          </Text>
        )}
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        onKeepMine={form.overwrite}
        onUseTheirs={form.keepTheirs}
      />
    </Paper>
  );
}
