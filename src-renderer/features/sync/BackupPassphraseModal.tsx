import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';
import { MAX_PASSPHRASE_UNITS, MIN_PASSPHRASE_CHARS, isBlank, newPassphraseProblem, samePassphrase } from './passphrase';

/**
 * Why the backup passphrase is asked for:
 * - `set`: set or change it (from the panel, or before copying backups out: `export`);
 * - `unlock`: this PC's backups folder came from another PC and only the passphrase opens it;
 * - `import`: a folder copied from another PC needs its passphrase.
 */
export type BackupPassphraseMode = 'set' | 'export' | 'unlock' | 'import';

/**
 * Asks for the backup passphrase. Main checks it (length rules, whether it opens the key);
 * a wrong one keeps the dialog open with main's Thai message, and nothing is lost.
 */
export function BackupPassphraseModal({ mode, onClose, submit }: { mode: BackupPassphraseMode | null; onClose: () => void; submit: (passphrase: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setting = mode === 'set' || mode === 'export';

  const close = () => {
    setPassphrase('');
    setConfirm('');
    setProblem(null);
    onClose();
  };

  const send = async () => {
    if (setting) {
      const local = newPassphraseProblem(passphrase);
      if (local) return setProblem(t(`backup.passphrase.${local}`, { min: MIN_PASSPHRASE_CHARS }));
      if (!samePassphrase(passphrase, confirm)) return setProblem(t('backup.passphrase.mismatch'));
    } else if (isBlank(passphrase)) return setProblem(t('backup.passphrase.required'));
    if (passphrase.length > MAX_PASSPHRASE_UNITS) return setProblem(t('backup.passphrase.tooLong'));
    setBusy(true);
    setProblem(null);
    try {
      await submit(passphrase);
      close();
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={mode !== null} onClose={() => !busy && close()} title={mode ? t(`backup.passphrase.title.${mode}`) : ''} size="md">
      {mode && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <Stack>
            <Text size="sm">{t(`backup.passphrase.explain.${mode}`)}</Text>
            {setting && (
              <Alert color="yellow" variant="light">
                {t('backup.passphrase.lostWarning')}
              </Alert>
            )}
            <PasswordInput
              label={t('backup.passphrase.label')}
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              autoFocus
              data-testid="backup-passphrase"
              {...(setting ? { description: t('backup.passphrase.help', { min: MIN_PASSPHRASE_CHARS }) } : {})}
            />
            {setting && (
              <PasswordInput label={t('backup.passphrase.confirmLabel')} value={confirm} onChange={(event) => setConfirm(event.currentTarget.value)} data-testid="backup-passphrase-confirm" />
            )}
            {problem && (
              <Alert color="red" variant="light" role="alert">
                {problem}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t(`backup.passphrase.submit.${mode}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
