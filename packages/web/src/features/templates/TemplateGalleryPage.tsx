import { Chip, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DISCIPLINES } from '@bearing/core';
import { useSearchParam, useWorkspaceKey } from '../../app/url-state.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { DuplicateScorecardModal } from './DuplicateScorecardModal.tsx';
import { TemplateCard, isDiscipline } from './TemplateCard.tsx';
import { TemplatePreviewModal } from './TemplatePreviewModal.tsx';
import { OTHER, disciplineOptions, filterTemplates } from './template-filter.ts';
import { useTemplates } from './templates.api.ts';
import { useApplyTemplate } from './use-apply-template.ts';

/** /w/:ws/templates — ready-made strategies to start from, each with a year of data. */
export function TemplateGalleryPage() {
  const ws = useWorkspaceKey();
  const templates = useTemplates();
  const [preview, setPreview] = useSearchParam('preview');
  const [discipline, setDiscipline] = useSearchParam('discipline');
  const applying = useApplyTemplate(ws);
  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={2}>Start from a template</Title>
        <Text c="dimmed" size="sm" maw={820}>
          Each template is a complete strategy map for an example organisation: objectives in every
          perspective, KPIs with a year of monthly values, cause-effect links and a customer
          section. Use one to see Bearing at work, then rename and adapt it to your own strategy.
        </Text>
      </div>
      <QueryState query={templates} label="templates">
        {(list) => {
          const options = disciplineOptions(list);
          const shown = filterTemplates(list, discipline);
          const previewed = list.find((t) => t.name === preview) ?? null;
          return (
            <>
              <Group gap="xs" role="group" aria-label="Filter by value discipline">
                <Chip checked={discipline === null} onChange={() => setDiscipline(null)} size="sm">
                  All ({list.length})
                </Chip>
                {options.map((d) => (
                  <Chip
                    key={d}
                    size="sm"
                    checked={discipline === d}
                    onChange={() => setDiscipline(discipline === d ? null : d)}
                  >
                    {d === OTHER
                      ? 'No single discipline'
                      : isDiscipline(d)
                        ? DISCIPLINES[d].title
                        : d}
                  </Chip>
                ))}
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
                {shown.map((t) => (
                  <TemplateCard
                    key={t.name}
                    template={t}
                    onPreview={() => setPreview(t.name)}
                    onUse={() => void applying.apply(t)}
                    busy={applying.pending === t.name}
                    disabled={applying.pending !== null && applying.pending !== t.name}
                  />
                ))}
              </SimpleGrid>
              {shown.length === 0 && (
                <Text c="dimmed" size="sm">
                  No template chooses this discipline.
                </Text>
              )}
              <TemplatePreviewModal
                template={previewed}
                onClose={() => setPreview(null)}
                onUse={(t) => void applying.apply(t)}
                busy={applying.pending !== null}
              />
            </>
          );
        }}
      </QueryState>
      <DuplicateScorecardModal
        info={applying.duplicate}
        onClose={applying.closeDuplicate}
        place={applying.placeDuplicate}
      />
    </Stack>
  );
}
