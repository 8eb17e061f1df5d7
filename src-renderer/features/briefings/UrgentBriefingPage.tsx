import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useBriefingCommands } from './data';
import { CRISIS_KINDS, type CrisisKind } from './model/crisis-templates';
import { notifySaveFailed } from '../../ui/notify';

/** Urgent mode: pick what happened; the crisis briefing opens ready to fill. */
export function UrgentBriefingPage() {
  const { t } = useTranslation();
  const { startCrisis } = useBriefingCommands();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const start = async (kind: CrisisKind) => {
    if (busy) return;
    setBusy(true);
    try {
      const created = await startCrisis(kind);
      void navigate(`/briefings/${created.id}`);
    } catch (error) {
      notifySaveFailed(t, error);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('briefings.urgent.title')} subtitle={t('briefings.urgent.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {CRISIS_KINDS.map((kind) => (
          <Card key={kind} withBorder padding="lg">
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t(`briefings.crisis.${kind}`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t('briefings.urgent.includes')}
              </Text>
              <Button color="red" loading={busy} onClick={() => void start(kind)}>
                {t('briefings.urgent.start', { kind: t(`briefings.crisis.${kind}`) })}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
