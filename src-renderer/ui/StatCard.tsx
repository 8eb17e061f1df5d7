import { Anchor, Paper, Stack, Text, Title, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A page's figures (above its list) are larger; a dashboard card's are a step smaller, with more room. */
type StatSize = 'page' | 'dashboard';

/** A card's figure, for cards that set something beside it (StatCard's `value` is the plain case). */
export function StatFigure({ size = 'page', color, testId, children }: { size?: StatSize; color?: MantineColor; testId?: string; children: ReactNode }) {
  return (
    <Title order={3} size={size === 'dashboard' ? 'h4' : undefined} c={color} data-testid={testId}>
      {children}
    </Title>
  );
}

/**
 * A labelled figure in a bordered box, as the list pages show their counts and the dashboard its
 * cards: the label, the figure, a line or two more, and where to see it all.
 */
export function StatCard({
  label,
  value,
  valueTestId,
  valueColor,
  size = 'page',
  testId,
  stacked = false,
  link,
  children,
}: {
  label: ReactNode;
  value?: ReactNode;
  valueTestId?: string;
  valueColor?: MantineColor;
  size?: StatSize;
  testId?: string;
  /** The lines 4px apart (the press and survey cards). */
  stacked?: boolean;
  link?: { to: string; label: string };
  /** Under the figure, above the link. */
  children?: ReactNode;
}) {
  const content = (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {value !== undefined && (
        <StatFigure size={size} color={valueColor} testId={valueTestId}>
          {value}
        </StatFigure>
      )}
      {children}
      {link && (
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      )}
    </>
  );
  return (
    <Paper withBorder p={size === 'dashboard' ? 'md' : 'sm'} data-testid={testId}>
      {stacked ? <Stack gap={4}>{content}</Stack> : content}
    </Paper>
  );
}
