import { Alert, Anchor, Badge, Button, Grid, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { COMPLAINT_STEP_KINDS, complaintTypeOf, type ComplaintStepKind } from '../../../src-main/shared/domain/complaint';
import { complaintWorkflow } from '../../../src-main/shared/domain/complaint-workflow';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { ComplaintStepRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { ComplainantPrivacy } from './ComplainantPrivacy';
import { ComplaintAttachments } from './ComplaintAttachments';
import { ComplaintFormModal } from './ComplaintFormModal';
import { ComplaintMissionLink } from './ComplaintMissionLink';
import { ComplaintTimeline } from './ComplaintTimeline';
import { DeadlineBadge } from './DeadlineBadge';
import { StepFormModal } from './StepFormModal';
import { STATUS_COLORS } from './status-colors';
import { useStaff } from '../settings/data';
import { useComplaintCommands, useComplaintRows, useMaySeePersonalData } from './data';
import { TitledPanel } from '../../ui/TitledPanel';
import { notifySaveFailed } from '../../ui/notify';
import { confirmDanger } from '../../ui/confirm-danger';

/** The step that usually comes next, offered first. */
function nextStep(current: ComplaintStepKind): ComplaintStepKind {
  const index = COMPLAINT_STEP_KINDS.indexOf(current);
  return COMPLAINT_STEP_KINDS[Math.min(index + 1, COMPLAINT_STEP_KINDS.length - 1)] ?? 'closed';
}

/** One complaint: what, from whom (staff only), where it stands against its limits, and every step. */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { complaintId } = useParams();
  const commands = useComplaintCommands();
  const rows = useComplaintRows();
  const staff = useStaff();
  const maySee = useMaySeePersonalData();
  const [editing, setEditing] = useState(false);
  const [stepKind, setStepKind] = useState<ComplaintStepKind | null>(null);
  const navigate = useNavigate();
  if (!rows) return null;
  const row = rows.find((r) => r.complaint.id === complaintId);
  if (!row) return <EmptyState title={t('complaints.notFound')} action={<Anchor component={Link} to="/complaints">{t('complaints.backToList')}</Anchor>} />;
  const { complaint } = row;
  const assignee = staff?.find((s) => s.id === complaint.assigneeId);
  const removeStep = (step: ComplaintStepRecord) =>
    confirmDanger(t, {
      title: t('complaints.removeStepTitle'),
      message: t('complaints.removeStepConfirm', { step: t(`complaints.steps.${step.kind}`) }),
      confirm: t('complaints.removeStep'),
      onConfirm: () => {
        commands
          .removeStep(step.id)
          .catch((error: unknown) => notifySaveFailed(t, error));
      },
    });

  // Logged by mistake: the complaint goes to the tombstones (its number stays taken) and can be undone.
  const removeComplaint = () =>
    confirmDanger(t, {
      title: t('complaints.deleteTitle'),
      message: t('complaints.deleteConfirm', { number: row.numberText }),
      confirm: t('complaints.delete'),
      onConfirm: () => {
        commands
          .removeComplaint(complaint.id)
          .then(() => {
            void navigate('/complaints');
            const id = notifications.show({
              color: 'teal',
              autoClose: 8000,
              message: (
                <Group justify="space-between">
                  <Text size="sm">{t('complaints.deleted', { number: row.numberText })}</Text>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => {
                      commands
                        .restoreComplaint(complaint.id)
                        .catch((error: unknown) => notifySaveFailed(t, error));
                      notifications.hide(id);
                    }}
                  >
                    {t('common.undo')}
                  </Button>
                </Group>
              ),
            });
          })
          .catch((error: unknown) => notifySaveFailed(t, error));
      },
    });

  return (
    <>
      <PageHeader
        title={t('complaints.numberTitle', { number: row.numberText })}
        subtitle={complaint.subject}
        actions={
          <>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={removeComplaint}>
              {t('complaints.delete')}
            </Button>
            <Button variant="light" leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)} disabled={(complaint.consent && !maySee) || !!complaint.erasedAt}>
              {t('common.edit')}
            </Button>
            <Group gap={0} wrap="nowrap">
              <Button leftSection={<IconPlus size={18} />} onClick={() => setStepKind(nextStep(row.status))} disabled={row.status === 'closed'} style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}>
                {t('complaints.addStep')}
              </Button>
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button aria-label={t('complaints.chooseStep')} style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }} px={8}>
                    <IconChevronDown size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {complaintWorkflow.targets(row.status).map((k) => (
                    <Menu.Item key={k} onClick={() => setStepKind(k)}>
                      {t(`complaints.steps.${k}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            </Group>
          </>
        }
      />
      <Anchor component={Link} to="/complaints" size="sm">
        ← {t('complaints.backToList')}
      </Anchor>
      {row.number.renumbered && (
        <Alert color="yellow" mt="sm" data-testid="renumbered">
          {t('complaints.renumbered', { claimed: `${row.number.claimed}/${row.number.yearBE}`, number: row.numberText })}
        </Alert>
      )}
      <Group gap="xs" my="md">
        <Badge color={STATUS_COLORS[row.status]} size="lg" data-testid="complaint-status">
          {t(`complaints.steps.${row.status}`)}
        </Badge>
        <DeadlineBadge which="acknowledge" deadline={row.deadlines.acknowledge} />
        <DeadlineBadge which="result" deadline={row.deadlines.result} />
        {row.deadlines.reply && <DeadlineBadge which="reply" deadline={row.deadlines.reply} />}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <Stack gap={6}>
                <Text size="sm" c="dimmed">
                  {t('complaints.fields.receivedDate')}: <ThaiDateText value={complaint.receivedDate} format="long" /> · {t(`complaints.channels.${complaint.channel}`)}
                </Text>
                <Text size="sm" fw={600} data-testid="complaint-type">
                  {t(`complaints.types.${complaintTypeOf(complaint)}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`complaints.categories.${complaint.category}`)} › {t(`complaints.subcategories.${complaint.subcategory}`)} · {t('complaints.fields.assignee')}: {assignee ? staffDisplayName(assignee) : t('complaints.noAssignee')}
                </Text>
                <Title order={2} size="h4">
                  {complaint.subject}
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-details">
                  {complaint.details}
                </Text>
              </Stack>
            </Paper>
            <TitledPanel title={t('complaints.timeline')} size="h5" mb="sm">
              <ComplaintTimeline steps={row.steps} onRemove={removeStep} />
            </TitledPanel>
            <Paper withBorder p="md">
              <ComplaintAttachments complaint={complaint} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Paper withBorder p="md">
              <ComplaintMissionLink complaint={complaint} title={`${t('complaints.numberTitle', { number: row.numberText })} ${complaint.subject}`} />
            </Paper>
            <TitledPanel title={t('complaints.complainant')} size="h5" testId="complainant">
              {!complaint.consent ? (
                <Text c="dimmed">{t('complaints.anonymous')}</Text>
              ) : !maySee ? (
                <Text c="dimmed" data-testid="complainant-hidden">
                  {t('complaints.personalHidden')}
                </Text>
              ) : (
                <Stack gap={2}>
                  <Text fw={600}>{complaint.complainantName}</Text>
                  {complaint.complainantPhone && <Text size="sm">{t('complaints.fields.complainantPhone')}: {complaint.complainantPhone}</Text>}
                  {complaint.complainantEmail && <Text size="sm">{t('complaints.fields.complainantEmail')}: {complaint.complainantEmail}</Text>}
                  {complaint.complainantAddress && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{complaint.complainantAddress}</Text>}
                </Stack>
              )}
              {maySee && (
                <Stack mt="sm">
                  <ComplainantPrivacy complaint={complaint} />
                </Stack>
              )}
            </TitledPanel>
          </Stack>
        </Grid.Col>
      </Grid>
      <ComplaintFormModal editing={editing ? complaint : null} onClose={() => setEditing(false)} />
      <StepFormModal complaintId={complaint.id} kind={stepKind} onClose={() => setStepKind(null)} />
    </>
  );
}
