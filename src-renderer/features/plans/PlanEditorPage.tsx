import { Alert, Anchor, Button, Grid, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../../src-main/shared/auth/permissions';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { PLAN_KINDS, PLAN_STATUSES } from '../../../src-main/shared/domain/plan';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledTagsInput } from '../../ui/ControlledTagsInput';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { permissionText } from '../../ui/permission-text';
import { TitledPanel } from '../../ui/TitledPanel';
import { useNow } from '../../ui/use-now';
import { useRecordPage } from '../../ui/use-record-form';
import { usePlan, usePlanCommands } from './data';
import { KpisSection } from './editor/KpisSection';
import { ThemesSection } from './editor/ThemesSection';
import { emptyPlanForm, formToPlan, MAX_PLAN_YEARS, planFormSchema, planToForm, type PlanForm } from './model/plan-form';

/** plans/new and plans/p/:planId/edit: the plan written as a whole page. */
export function PlanEditorPage() {
  const { planId = 'new' } = useParams();
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const today = localIsoDate(useNow());
  if (planId === 'new') return <PlanEditor id="new" initial={emptyPlanForm(fiscalYearOf(today))} />;
  if (plan === undefined) return null;
  if (plan === null) return <EmptyState title={t('plans.notFound')} action={<Anchor component={Link} to="/plans">{t('plans.backToList')}</Anchor>} />;
  return <PlanEditor key={plan.id} id={plan.id} initial={planToForm(plan)} />;
}

function PlanEditor({ id, initial }: { id: string; initial: PlanForm }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { acting } = useAppData();
  const commands = usePlanCommands();
  // The data layer refuses anyone without 'plan.manage'; the form says so first, in Thai.
  const right = can(acting, 'plan.manage');
  const readOnly = !right.allowed;
  const editor = useRecordPage({
    schema: planFormSchema,
    id,
    initial,
    save: async (values) => {
      const plan = formToPlan(values);
      return id === 'new' ? (await commands.create(plan)).id : (await commands.update(id, plan)).id;
    },
    saved: t('plans.saved'),
    onSaved: (savedId) => void navigate(`/plans/p/${savedId}/report`),
    module: 'plans',
    invalid: t('plans.fixErrors'),
  });
  const { form, error } = editor;
  const { control, register } = form;
  const [kind, first] = useWatch({ control, name: ['kind', 'firstFiscalYear'] });
  const say = (name: string) => error(name as never);
  const lastYears = Array.from({ length: MAX_PLAN_YEARS - 1 }, (_, i) => String(first + i + 1));

  return (
    <>
      <PageHeader title={id === 'new' ? t('plans.editor.newTitle') : t('plans.editor.editTitle')} actions={!readOnly && <SaveNow saving={editor.saving} onSave={() => void editor.submit()} />} />
      <Anchor component={Link} to="/plans" size="sm">
        ← {t('plans.backToList')}
      </Anchor>
      {!right.allowed && (
        <Alert color="yellow" my="sm" title={t('plans.editor.readOnlyTitle')} data-testid="plan-read-only">
          {permissionText(t, right)}
        </Alert>
      )}
      <Stack gap="sm" mt="sm">
        <TitledPanel title={t('plans.editor.general')}>
          <Grid>
            <Grid.Col span={12}>
              <TextInput label={t('plans.fields.title')} withAsterisk readOnly={readOnly} {...register('title')} error={error('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <ControlledSelect control={control} name="kind" label={t('plans.fields.kind')} data={PLAN_KINDS.map((k) => ({ value: k, label: t(`plans.kinds.${k}`) }))} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <Controller
                control={control}
                name="firstFiscalYear"
                render={({ field }) => (
                  <NumberInput
                    label={t('plans.fields.firstFiscalYear')}
                    min={2500}
                    max={2700}
                    allowDecimal={false}
                    readOnly={readOnly}
                    value={field.value}
                    onChange={(v) => field.onChange(Number(v) || 0)}
                    error={error('firstFiscalYear')}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              {kind === 'multi-year' && (
                <Controller
                  control={control}
                  name="lastFiscalYear"
                  render={({ field }) => (
                    <Select
                      label={t('plans.fields.lastFiscalYear')}
                      data={lastYears}
                      value={String(field.value)}
                      allowDeselect={false}
                      readOnly={readOnly}
                      onChange={(v) => v && field.onChange(Number(v))}
                      error={error('lastFiscalYear')}
                    />
                  )}
                />
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <ControlledSelect control={control} name="status" label={t('plans.fields.status')} data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))} />
            </Grid.Col>
            <Grid.Col span={12}>
              <ControlledTagsInput control={control} name="servesPlans" label={t('plans.fields.servesPlans')} description={t('plans.editor.tagsHint')} readOnly={readOnly} error={editor.errorWithin('servesPlans')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ControlledTagsInput control={control} name="targetGroups" label={t('plans.fields.targetGroups')} description={t('plans.editor.tagsHint')} readOnly={readOnly} error={editor.errorWithin('targetGroups')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ControlledTagsInput control={control} name="channels" label={t('plans.fields.channels')} description={t('plans.editor.tagsHint')} readOnly={readOnly} error={editor.errorWithin('channels')} />
            </Grid.Col>
          </Grid>
        </TitledPanel>
        <TitledPanel title={t('plans.fields.themes')}>
          <ThemesSection control={control} register={register} error={say} readOnly={readOnly} />
        </TitledPanel>
        <TitledPanel title={t('plans.fields.kpis')}>
          <KpisSection control={control} register={register} error={say} readOnly={readOnly} />
        </TitledPanel>
        <TitledPanel title={t('plans.fields.monitoring')}>
          <Textarea aria-label={t('plans.fields.monitoring')} autosize minRows={2} readOnly={readOnly} {...register('monitoring')} error={error('monitoring')} />
        </TitledPanel>
        {!readOnly && (
          <Group justify="flex-end">
            <SaveNow saving={editor.saving} onSave={() => void editor.submit()} />
          </Group>
        )}
      </Stack>
    </>
  );
}

function SaveNow({ saving, onSave }: { saving: boolean; onSave: () => void }) {
  const { t } = useTranslation();
  return (
    <Button loading={saving} onClick={onSave}>
      {t('common.save')}
    </Button>
  );
}
