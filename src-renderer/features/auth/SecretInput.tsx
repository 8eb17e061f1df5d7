import { Alert, Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../src-main/shared/auth/permissions';
import { useAppData } from '../../session/app-data';
import { useSignInWithSecret } from './data';
import { useWaitCountdown } from './use-wait-countdown';
import { PasswordField } from '../../ui/PasswordField';

/**
 * The PIN box and its button, for signing in and for unlocking. Says what main answered: a
 * wrong PIN, and how many seconds remain before the next try is looked at (the wait grows with
 * each wrong PIN and survives a restart). What was typed is cleared after each try.
 * `onSignedIn`: what follows an accepted PIN (default: the app opens as that person); the kiosk
 * leaves kiosk mode with it.
 */
export function SecretInput({ staffId, submitLabel, onSignedIn }: { staffId: string | null; submitLabel: string; onSignedIn?: (actor: Actor) => Promise<void> }) {
  const { t } = useTranslation();
  const { session } = useAppData();
  const signInWithSecret = useSignInWithSecret();
  const [secret, setSecret] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [seconds, startWait] = useWaitCountdown();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!staffId || busy || seconds > 0) return;
    setBusy(true);
    try {
      const outcome = await signInWithSecret(staffId, secret);
      setSecret('');
      if (outcome.ok) {
        if (onSignedIn) await onSignedIn(outcome.actor);
        else session.signedIn(outcome.actor);
        return;
      }
      startWait(outcome.waitMs);
      setMessage(outcome.reason === 'wait' ? null : outcome.reason === 'no-credential' ? t('auth.signIn.noOne') : t('auth.signIn.wrong'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <PasswordField label={t('auth.fields.secret')} value={secret} onChange={(e) => setSecret(e.currentTarget.value)} autoComplete="off" data-autofocus autoFocus data-testid="sign-in-secret" />
        {(message || seconds > 0) && (
          <Alert color="red" role="alert" data-testid="sign-in-error">
            {message}
            {message && seconds > 0 ? ' ' : ''}
            {seconds > 0 && t('auth.signIn.wait', { seconds })}
          </Alert>
        )}
        <Button type="submit" data-testid="sign-in-submit" loading={busy} disabled={!staffId || secret.length === 0 || seconds > 0}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
