import { Paper, Title, type MantineSpacing, type TitleOrder, type TitleSize } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered part of a page under its own heading (a detail page's sections, a report's tables). */
export function TitledPanel({
  title,
  order = 2,
  size = 'h4',
  mb = 'xs',
  p = 'md',
  testId,
  children,
}: {
  title: ReactNode;
  order?: TitleOrder;
  size?: TitleSize;
  /** Between the heading and what it heads. */
  mb?: MantineSpacing;
  p?: MantineSpacing;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={p} data-testid={testId}>
      <Title order={order} size={size} mb={mb}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
