import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { TitledPanel } from '../../../ui/TitledPanel';

/** One part of a briefing's or a press conference's page, under its heading. */
export function EditorSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <TitledPanel title={title} mb="sm">
      <Stack gap="sm">{children}</Stack>
    </TitledPanel>
  );
}
