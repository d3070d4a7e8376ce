import {
  Button,
  Group,
  Pagination,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch, IconSparkles, IconTemplate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useScorecards, useWorkspaces } from '../../api/queries.ts';
import { useSearchParam, useWorkspaceKey } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { EmptyWorkspace } from './EmptyWorkspace.tsx';
import { matchesScorecard } from './index-summary.ts';
import { NewScorecardModal } from './NewScorecardModal.tsx';
import { ScorecardCard } from './ScorecardCard.tsx';

/** Cards load their own scores: a page of them at a time keeps a big workspace quick. */
const PAGE_SIZE = 12;

/** /w/:ws — the workspace's scorecards, and the ways to add one. */
export function ScorecardIndexPage() {
  const ws = useWorkspaceKey();
  const scorecards = useScorecards(ws);
  const workspace = useWorkspaces().data?.find((w) => w.key === ws);
  const [opened, { open, close }] = useDisclosure(false);
  const [query, setQuery] = useSearchParam('q');
  const [pageParam, setPage] = useSearchParam('page');
  const base = `/w/${encodeURIComponent(ws)}`;

  return (
    <QueryState query={scorecards} label="scorecards">
      {(list) => {
        if (list.length === 0) {
          return (
            <>
              <EmptyWorkspace ws={ws} onNew={open} />
              <NewScorecardModal ws={ws} opened={opened} onClose={close} />
            </>
          );
        }
        const matching = list.filter((s) => matchesScorecard(s, query ?? ''));
        const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
        const page = Math.min(pages, Math.max(1, Number(pageParam) || 1));
        const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        return (
          <Stack gap="md">
            <Group justify="space-between" align="flex-end">
              <div>
                <Title order={2}>Scorecards</Title>
                <Text size="sm" c="dimmed">
                  {workspace?.organization ?? workspace?.name ?? ws} · {list.length} scorecard
                  {list.length === 1 ? '' : 's'} · latest period with data
                </Text>
              </div>
              <Group gap="xs">
                <Button
                  variant="default"
                  component={Link}
                  to={`${base}/templates`}
                  leftSection={<IconTemplate size={16} />}
                >
                  Browse templates
                </Button>
                <Button
                  variant="default"
                  component={Link}
                  to={`${base}/wizard`}
                  leftSection={<IconSparkles size={16} />}
                >
                  Start with the wizard
                </Button>
                <Button leftSection={<IconPlus size={16} />} onClick={open}>
                  New scorecard
                </Button>
              </Group>
            </Group>
            {list.length > PAGE_SIZE && (
              <TextInput
                w={280}
                size="xs"
                placeholder="Find a scorecard by name, id or owner"
                aria-label="Find a scorecard"
                leftSection={<IconSearch size={14} />}
                value={query ?? ''}
                onChange={(event) => {
                  setQuery(event.currentTarget.value);
                  setPage(null);
                }}
              />
            )}
            {shown.length === 0 ? (
              <Text c="dimmed">No scorecard matches "{query}".</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }}>
                {shown.map((s) => (
                  <ScorecardCard key={s.id} ws={ws} scorecard={s} />
                ))}
              </SimpleGrid>
            )}
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={(next) => setPage(next === 1 ? null : String(next))}
                aria-label="Pages of scorecards"
              />
            )}
            <NewScorecardModal ws={ws} opened={opened} onClose={close} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
