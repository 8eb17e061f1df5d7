import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { briefingRepo, officeProfileRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { saveErrorText } from '../../ui/field-error';
import { PageHeader } from '../../ui/PageHeader';
import { CRISIS_KINDS, crisisBriefing, type CrisisKind } from './model/crisis-templates';

/** Urgent mode: pick what happened; the crisis briefing opens ready to fill. */
export function UrgentBriefingPage() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const start = async (kind: CrisisKind) => {
    if (busy) return;
    setBusy(true);
    try {
      const profile = await officeProfileRepo(db).get();
      const created = await briefingRepo(db).create(crisisBriefing(kind, localIsoDate(new Date()), profile?.province ?? ''));
      void navigate(`/briefings/${created.id}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
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
