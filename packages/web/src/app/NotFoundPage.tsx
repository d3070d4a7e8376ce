import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="center" p="xl" gap="sm">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">This address does not match any page of Bearing.</Text>
      <Button component={Link} to="/">
        Go to the scorecards
      </Button>
    </Stack>
  );
}
