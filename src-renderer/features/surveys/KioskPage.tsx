import { Box, Button, Center, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate, useParams } from 'react-router';
import { useAppData } from '../../app/data-context';
import { mainProcess } from '../../platform';
import { isValidPin, readKioskPin, verifyPin, writeKioskPin, type StoredPin } from './model/kiosk-pin';
import { ResponseForm } from './ResponseForm';
import { useSurvey } from './use-survey-data';

const THANK_YOU_MS = 4000;

/**
 * A member of the public fills the survey on a workstation. The page sits outside the app
 * layout (no sidebar, no global shortcuts), goes full screen, blocks every route change until
 * a staff member enters the PIN, and starts afresh after each respondent.
 */
export function KioskPage() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const navigate = useNavigate();
  const { surveyId } = useParams();
  const survey = useSurvey(surveyId);
  const [pin, setPin] = useState<StoredPin | null | undefined>(undefined);
  const [newPin, setNewPin] = useState('');
  const [newPinError, setNewPinError] = useState<string | null>(null);
  const [exiting, setExiting] = useState(false);
  const [pinInput, setPinInput] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [thanks, setThanks] = useState(false);
  const [round, setRound] = useState(0);
  const unlocked = useRef(false);
  const blocker = useBlocker(() => !unlocked.current && pin != null);

  useEffect(() => {
    void readKioskPin(db).then(setPin);
  }, [db]);
  useEffect(() => {
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!surveyId) return;
    // A hash typed or set outside the router escapes the blocker: send it straight back.
    const home = `#/kiosk/${surveyId}`;
    const guard = () => {
      if (!unlocked.current && window.location.hash !== home) window.location.replace(home);
    };
    window.addEventListener('hashchange', guard);
    return () => window.removeEventListener('hashchange', guard);
  }, [surveyId]);
  useEffect(() => {
    if (!pin) return;
    // The Electron window goes kiosk (full screen, no window controls) until the page closes.
    const setKiosk = (on: boolean) => mainProcess().appSetKiosk({ on }).catch(() => undefined);
    void setKiosk(true);
    return () => void setKiosk(false);
  }, [pin]);
  useEffect(() => {
    if (!thanks) return;
    const timer = setTimeout(() => {
      setThanks(false);
      setRound((r) => r + 1);
    }, THANK_YOU_MS);
    return () => clearTimeout(timer);
  }, [thanks]);

  if (survey === undefined || pin === undefined) return null;
  if (survey === null) return <Center h="100vh">{t('surveys.kiosk.notFound')}</Center>;

  if (pin === null)
    return (
      <Center h="100vh">
        <Stack w={420}>
          <Title order={2}>{t('surveys.kiosk.setPinTitle')}</Title>
          <Text>{t('surveys.kiosk.setPinHint')}</Text>
          <PasswordInput label={t('surveys.kiosk.newPin')} value={newPin} error={newPinError} onChange={(e) => setNewPin(e.currentTarget.value)} inputMode="numeric" />
          <Group>
            <Button variant="default" onClick={() => void navigate(`/surveys/s/${survey.id}/entry`)}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => {
                if (!isValidPin(newPin)) return setNewPinError(t('surveys.kiosk.pinFormat'));
                void writeKioskPin(db, newPin).then(() => readKioskPin(db).then(setPin));
              }}
            >
              {t('surveys.kiosk.setPinAndStart')}
            </Button>
          </Group>
        </Stack>
      </Center>
    );

  async function tryExit() {
    if (!pin) return;
    if (await verifyPin(pinInput, pin)) {
      unlocked.current = true;
      await navigate(`/surveys/s/${survey?.id ?? ''}/stats`);
    } else {
      setPinError(t('surveys.kiosk.wrongPin'));
      setPinInput('');
    }
  }

  return (
    <Box mih="100vh" p="xl" bg="var(--mantine-color-body)" data-testid="kiosk">
      <Group justify="space-between" mb="lg">
        <Title order={1}>{survey.title}</Title>
        <Button variant="subtle" size="xs" color="gray" onClick={() => setExiting(true)}>
          {t('surveys.kiosk.staffExit')}
        </Button>
      </Group>
      {thanks ? (
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
          <ResponseForm key={round} survey={survey} mode="kiosk" onSaved={() => setThanks(true)} />
        </Box>
      )}
      <Modal opened={exiting} onClose={() => setExiting(false)} title={t('surveys.kiosk.exitTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void tryExit();
          }}
        >
          <Stack>
            <PasswordInput label={t('surveys.kiosk.pin')} value={pinInput} error={pinError} onChange={(e) => setPinInput(e.currentTarget.value)} data-autofocus inputMode="numeric" />
            <Button type="submit">{t('surveys.kiosk.exit')}</Button>
          </Stack>
        </form>
      </Modal>
    </Box>
  );
}
