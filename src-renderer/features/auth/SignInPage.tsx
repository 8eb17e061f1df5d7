import { Center, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';

/** เข้าสู่ระบบ: choose your name, type your own PIN. */
export function SignInPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        <Stack>
          <Title order={2} data-testid="sign-in-heading">
            {t('auth.signIn.title')}
          </Title>
          <SignInForm submitLabel={t('auth.signIn.button')} />
        </Stack>
      </Paper>
    </Center>
  );
}
