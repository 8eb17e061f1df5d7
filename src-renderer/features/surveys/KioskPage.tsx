import { Box, Button, Center, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../src-main/shared/auth/permissions';
import { useAppData } from '../../session/app-data';
import { saveErrorText } from '../../ui/field-error';
import { SignInForm } from '../auth';
import { ResponseForm } from './ResponseForm';
import { useSurvey } from './data';
import { ErrorAlert } from '../../ui/ErrorAlert';

const THANK_YOU_MS = 4000;

/**
 * Survey kiosk mode (issue 19): a member of the public answers the survey, and the form starts
 * afresh for the next person. Shown by Bootstrap instead of the whole app while main keeps
 * kiosk mode on (no sign-in screen, no menu, no routes; main locks the window down and keeps
 * the mode across restarts). The way out is a staff member's own name and PIN, checked by main
 * with the same growing wait after wrong PINs as the sign-in screen.
 */
export function KioskPage() {
  const { t } = useTranslation();
  const { kiosk, session } = useAppData();
  const state = kiosk.state;
  const surveyId = state?.surveyId ?? undefined;
  const survey = useSurvey(surveyId);
  const [exiting, setExiting] = useState(false);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const [thanks, setThanks] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    // The address shows the kiosk; one typed or set by a link is put straight back.
    const home = `#/kiosk/${surveyId ?? ''}`;
    const guard = () => {
      if (window.location.hash !== home) window.location.replace(home);
    };
    guard();
    window.addEventListener('hashchange', guard);
    return () => window.removeEventListener('hashchange', guard);
  }, [surveyId]);
  useEffect(() => {
    if (!thanks) return;
    const timer = setTimeout(() => {
      setThanks(false);
      setRound((r) => r + 1);
    }, THANK_YOU_MS);
    return () => clearTimeout(timer);
  }, [thanks]);

  const startedBy = state?.startedBy ?? null;
  // Every write needs a person: the public's answers are saved as the one who started the
  // kiosk (entry mode 'kiosk'), for the time of the save only.
  const writeAs = useCallback(
    async (write: () => Promise<void>) => {
      if (!startedBy) throw new Error('kiosk: no one to write as');
      await session.writeAs(startedBy, write);
    },
    [session, startedBy],
  );

  const leave = async (actor: Actor) => {
    setLeaveError(null);
    try {
      await kiosk.leave(actor);
    } catch (error) {
      setLeaveError(saveErrorText(t, error));
    }
  };

  if (survey === undefined && surveyId) return null;
  const answerable = survey && !survey.deleted && startedBy;

  return (
    <Box mih="100vh" p="xl" bg="var(--mantine-color-body)" data-testid="kiosk">
      <Group justify="space-between" mb="lg">
        <Title order={1}>{answerable ? survey.title : t('surveys.kiosk.title')}</Title>
        <Button variant="subtle" size="xs" color="gray" onClick={() => setExiting(true)}>
          {t('surveys.kiosk.staffExit')}
        </Button>
      </Group>
      {!answerable ? (
        <Center h="60vh">
          <Text size="lg" data-testid="kiosk-unavailable">
            {t('surveys.kiosk.unavailable')}
          </Text>
        </Center>
      ) : thanks ? (
        <Center h="60vh">
          <Stack align="center">
            <Title order={2}>{t('surveys.kiosk.thanks')}</Title>
            <Text size="lg">{t('surveys.kiosk.thanksHint')}</Text>
          </Stack>
        </Center>
      ) : (
        <Box maw={900} mx="auto">
          {survey.description && (
            <Text size="lg" mb="md">
              {survey.description}
            </Text>
          )}
          <ResponseForm key={round} survey={survey} mode="kiosk" onSaved={() => setThanks(true)} writeAs={writeAs} />
        </Box>
      )}
      <Modal
        opened={exiting}
        onClose={() => {
          setExiting(false);
          setLeaveError(null);
        }}
        title={t('surveys.kiosk.exitTitle')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
        centered
      >
        <Stack>
          <Text size="sm">{t('surveys.kiosk.exitHint')}</Text>
          <ErrorAlert error={leaveError} />
          {exiting && <SignInForm submitLabel={t('surveys.kiosk.exit')} onSignedIn={leave} />}
        </Stack>
      </Modal>
    </Box>
  );
}
