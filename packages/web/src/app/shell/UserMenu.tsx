import { Button, Menu, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconUser } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLogout, useMe } from '../../api/auth.ts';
import { useCan } from '../../api/use-can.ts';

/** Who is signed in: Account, Members (workspace admins only), Sign out; or "Local mode". */
export function UserMenu() {
  const { ws = 'default' } = useParams();
  const me = useMe().data;
  const admin = useCan('workspace.admin', { workspace: ws });
  const logout = useLogout();
  const navigate = useNavigate();
  if (!me) return null;
  if (me.kind === 'local') {
    return (
      <Tooltip
        multiline
        w={260}
        label="No accounts yet: everyone who can open Bearing is the owner. Creating an administrator turns on accounts."
      >
        <Button
          component={Link}
          to="/setup"
          variant="subtle"
          size="xs"
          leftSection={<IconUser size={14} />}
        >
          Local mode
        </Button>
      </Tooltip>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconUser size={14} />}
          rightSection={<IconChevronDown size={12} />}
          aria-label={`Signed in as ${me.name}`}
        >
          <Text span size="sm" maw={160} truncate>
            {me.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          Account
        </Menu.Item>
        {admin.allowed && (
          <Menu.Item component={Link} to={`/w/${encodeURIComponent(ws)}/members`}>
            Members
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          onClick={() =>
            logout.mutate(undefined, {
              onSuccess: () => void navigate('/sign-in', { replace: true }),
            })
          }
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
