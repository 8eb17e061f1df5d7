import { Alert, Button, Card, Center, Grid, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { staffSchema } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { mainProcess } from '../../platform';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { useCreateFirstAdministrator } from './data';
import { JoinOfficePanel } from './JoinOfficePanel';
import { newSecretSchema } from './secret-form';
import { PasswordField } from '../../ui/PasswordField';

const adminFormSchema = staffSchema.pick({ title: true, firstName: true, lastName: true, position: true }).and(newSecretSchema);
type AdminForm = z.infer<typeof adminFormSchema>;

/**
 * The first run on a workstation nobody can sign in to: create the office's administrator (a
 * new office), or join an office that already uses PR Desk (its staff and PINs then arrive by
 * sync or restore, and the sign-in screen follows by itself).
 */
export function FirstRunPage() {
  const { t } = useTranslation();
  const [joining, setJoining] = useState(false);
  if (joining) return <JoinOfficePanel onBack={() => setJoining(false)} />;
  return (
    <Center mih="100vh" bg="gray.0" p="xl">
      <Stack maw={960} w="100%">
        <Title order={1}>{t('auth.firstRun.title')}</Title>
        <Text>{t('auth.firstRun.intro')}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder padding="lg">
            <Title order={3}>{t('auth.firstRun.newOffice')}</Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('auth.firstRun.newOfficeExplain')}
            </Text>
            <CreateAdministratorForm />
          </Card>
          <Card withBorder padding="lg">
            <Title order={3}>{t('auth.firstRun.joinOffice')}</Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('auth.firstRun.joinOfficeExplain')}
            </Text>
            <Button variant="light" onClick={() => setJoining(true)}>
              {t('auth.firstRun.joinButton')}
            </Button>
          </Card>
        </SimpleGrid>
      </Stack>
    </Center>
  );
}

function CreateAdministratorForm() {
  const { t } = useTranslation();
  const { session } = useAppData();
  const createAdministrator = useCreateFirstAdministrator();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<AdminForm>({
    resolver: zodResolver(adminFormSchema),
    defaultValues: { title: '', firstName: '', lastName: '', position: 'ผู้ดูแลระบบ', secret: '', secretAgain: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const err = (name: keyof AdminForm) => {
    const message = formState.errors[name]?.message;
    return message?.startsWith('auth.') ? t(message) : fieldError(t, message);
  };

  const create = handleSubmit(async ({ secret, secretAgain: _again, ...person }) => {
    setFailure(null);
    try {
      const { secret: hashed } = await mainProcess().authHashSecret({ secret });
      const actor = { staffId: uuidv7(), role: 'admin' as const };
      const staff = { ...person, workGroup: 'administration' as const, role: 'admin' as const, phone: '', email: '', startDate: null, active: true };
      await session.writeAs(actor, () => createAdministrator(actor.staffId, staff, hashed));
      const result = await mainProcess().authSignIn({ staffId: actor.staffId, role: actor.role, credential: hashed, secret });
      if (result.ok) session.signedIn(actor);
    } catch (error) {
      setFailure(saveErrorText(t, error));
    }
  });

  return (
    <form onSubmit={(e) => void create(e)} noValidate aria-label={t('auth.firstRun.newOffice')}>
      <Grid>
        <Grid.Col span={4}>
          <TextInput label={t('staff.fields.title')} {...register('title')} error={err('title')} />
        </Grid.Col>
        <Grid.Col span={8}>
          <TextInput label={t('staff.fields.firstName')} withAsterisk {...register('firstName')} error={err('firstName')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('staff.fields.lastName')} withAsterisk {...register('lastName')} error={err('lastName')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('staff.fields.position')} {...register('position')} error={err('position')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <PasswordField label={t('auth.fields.secret')} description={t('auth.fields.secretHint')} withAsterisk autoComplete="new-password" {...register('secret')} error={err('secret')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <PasswordField label={t('auth.fields.secretAgain')} withAsterisk autoComplete="new-password" {...register('secretAgain')} error={err('secretAgain')} />
        </Grid.Col>
        {failure && (
          <Grid.Col span={12}>
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('auth.firstRun.create')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}
