import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconCalendarCheck,
  IconChecklist,
  IconClipboardList,
  IconFlask,
  IconGauge,
  IconHierarchy3,
  IconLayoutDashboard,
  IconPencilPlus,
  IconSettings,
  IconSparkles,
  IconTable,
  IconTemplate,
  IconUsers,
} from '@tabler/icons-react';
import { Link, useLocation, useParams } from 'react-router';
import { useCan } from '../../api/use-can.ts';

const SCORECARD_VIEWS = [
  { view: 'dashboard', label: 'Dashboard', icon: IconGauge, key: 'D' },
  { view: 'map', label: 'Strategy map', icon: IconHierarchy3, key: 'M' },
  { view: 'table', label: 'Scorecard', icon: IconTable, key: 'T' },
  { view: 'entry', label: 'Data entry', icon: IconPencilPlus, key: 'E' },
  { view: 'customer', label: 'Customer', icon: IconUsers, key: 'C' },
  { view: 'quality', label: 'Quality check', icon: IconChecklist, key: 'Q' },
  { view: 'evidence', label: 'Evidence', icon: IconFlask, key: 'V' },
] as const;

export const VIEW_SHORTCUTS = SCORECARD_VIEWS.map(({ view, key }) => ({ view, key }));

/** The side navigation: workspace pages, then the views of the open scorecard (Alt+letter). */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { ws = 'default', sc } = useParams();
  const { pathname, search } = useLocation();
  const wsBase = `/w/${encodeURIComponent(ws)}`;
  const period = new URLSearchParams(search).get('period');
  const keep = period ? `?period=${encodeURIComponent(period)}` : '';
  const admin = useCan('workspace.admin', { workspace: ws });
  return (
    <Stack gap={2}>
      <NavLink
        component={Link}
        to={wsBase}
        label="All scorecards"
        leftSection={<IconLayoutDashboard size={18} />}
        active={pathname === wsBase}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to={`${wsBase}/templates`}
        label="Templates"
        leftSection={<IconTemplate size={18} />}
        active={pathname.startsWith(`${wsBase}/templates`)}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to={`${wsBase}/wizard`}
        label="Strategy wizard"
        leftSection={<IconSparkles size={18} />}
        active={pathname.startsWith(`${wsBase}/wizard`)}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to={`${wsBase}/updates`}
        label="My updates"
        leftSection={<IconClipboardList size={18} />}
        active={pathname.startsWith(`${wsBase}/updates`)}
        onClick={onNavigate}
      />
      <NavLink
        component={Link}
        to={`${wsBase}/collection`}
        label="Update status"
        leftSection={<IconCalendarCheck size={18} />}
        active={pathname.startsWith(`${wsBase}/collection`)}
        onClick={onNavigate}
      />
      {admin.allowed && (
        <NavLink
          component={Link}
          to={`${wsBase}/settings`}
          label="Workspace settings"
          leftSection={<IconSettings size={18} />}
          active={pathname.startsWith(`${wsBase}/settings`)}
          onClick={onNavigate}
        />
      )}
      {sc && (
        <>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700} mt="md" mb={4} px="sm">
            This scorecard
          </Text>
          {SCORECARD_VIEWS.map(({ view, label, icon: Icon, key }) => {
            const to = `${wsBase}/s/${encodeURIComponent(sc)}/${view}`;
            return (
              <NavLink
                key={view}
                component={Link}
                to={`${to}${keep}`}
                label={label}
                description={`Alt+${key}`}
                leftSection={<Icon size={18} />}
                active={pathname === to}
                onClick={onNavigate}
              />
            );
          })}
        </>
      )}
    </Stack>
  );
}
