import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** What went wrong, in red and read out at once (role="alert"); nothing while all is well. */
export function ErrorAlert({ error }: { error: ReactNode }) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert">
      {error}
    </Alert>
  );
}
