import { AppShell, Burger, Group, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconCompass } from '@tabler/icons-react';
import { Link, Outlet, useNavigate, useParams } from 'react-router';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { NotificationBell } from '../../features/notifications/NotificationBell.tsx';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { GlobalSearch } from './GlobalSearch.tsx';
import { NavLinks, VIEW_SHORTCUTS } from './NavLinks.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { ScorecardSwitcher } from './ScorecardSwitcher.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The frame around every page: header with switchers, period and search; side navigation. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { ws = 'default', sc } = useParams();
  const navigate = useNavigate();
  useHotkeys(
    VIEW_SHORTCUTS.map(({ view, key }) => [
      `alt+${key}`,
      () => {
        if (!sc) return;
        const period = new URLSearchParams(window.location.search).get('period');
        const keep = period ? `?period=${encodeURIComponent(period)}` : '';
        void navigate(`/w/${encodeURIComponent(ws)}/s/${encodeURIComponent(sc)}/${view}${keep}`);
      },
    ]),
  );
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Link
              to={`/w/${encodeURIComponent(ws)}`}
              style={{ color: 'inherit', textDecoration: 'none' }}
              aria-label="Bearing home"
            >
              <Group gap={6} wrap="nowrap">
                <ThemeIcon size="md" radius="xl" variant="filled">
                  <IconCompass size={18} />
                </ThemeIcon>
                <Text fw={700} size="lg" visibleFrom="xs">
                  Bearing
                </Text>
              </Group>
            </Link>
            <ScorecardSwitcher />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {sc && <PeriodPicker />}
            <GlobalSearch />
            <ThemeToggle />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <NavLinks onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <ConnectionBanner />
        <Group mb="sm">
          <Breadcrumbs />
        </Group>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
