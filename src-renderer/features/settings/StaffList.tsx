import { ActionIcon, Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconHistory, IconKey, IconPencil, IconRestore } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { StaffRecord } from '../../data';
import { useStaffCommands } from './data';
import { confirmDanger } from '../../ui/confirm-danger';

const ROW_HEIGHT = 64;

/** The directory rows, virtualized: only what is on screen is in the DOM, however long the list. */
export function StaffList({
  rows,
  onEdit,
  onHistory,
  onSetPin,
  withPin,
}: {
  rows: StaffRecord[];
  onEdit: (staff: StaffRecord) => void;
  onHistory: (id: string) => void;
  onSetPin: (staff: StaffRecord) => void;
  /** Staff ids that have a sign-in PIN. */
  withPin: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const staffCommands = useStaffCommands();
  const parentRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which the React compiler cannot
  // memoize; this component is cheap to re-render, so it simply is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const archive = (staff: StaffRecord) => {
    const name = staffDisplayName(staff);
    confirmDanger(t, {
      title: t('staff.archiveTitle'),
      message: t('staff.archiveConfirm', { name }),
      confirm: t('staff.archive'),
      onConfirm: () => {
        void staffCommands
          .remove(staff.id)
          .then(() => {
            const id = notifications.show({
              color: 'orange',
              autoClose: 8000, // long enough to notice and undo
              message: (
                <Group justify="space-between">
                  <Text size="sm">{t('staff.archived', { name })}</Text>
                  <Text
                    component="button"
                    size="sm"
                    c="indigo"
                    fw={600}
                    style={{ background: 'none', border: 0, cursor: 'pointer' }}
                    onClick={() => {
                      staffCommands
                        .restore(staff.id)
                        .catch(() => notifications.show({ color: 'red', message: t('errors.ipc.internal') }));
                      notifications.hide(id);
                    }}
                  >
                    {t('common.undo')}
                  </Text>
                </Group>
              ),
            });
          })
          .catch(() => notifications.show({ color: 'red', message: t('errors.ipc.internal') }));
      },
    });
  };

  return (
    <Box ref={parentRef} style={{ height: 'calc(100vh - 420px)', minHeight: 280, overflow: 'auto' }} data-testid="staff-list">
      <div role="list" aria-label={t('staff.listLabel')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const staff = rows[item.index];
          if (!staff) return null;
          const name = staffDisplayName(staff);
          return (
            <Group
              key={staff.id}
              role="listitem"
              aria-label={name}
              data-testid="staff-row"
              justify="space-between"
              wrap="nowrap"
              px="sm"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                borderBottom: '1px solid var(--mantine-color-gray-2)',
              }}
            >
              <Box style={{ minWidth: 0 }}>
                <Text fw={600} truncate>
                  {name}
                </Text>
                <Text size="sm" c="dimmed" truncate>
                  {staff.position || '—'}
                </Text>
              </Box>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" tt="none">
                  {t(`workGroups.${staff.workGroup}`)}
                </Badge>
                <Badge variant="outline" color="gray" tt="none">
                  {t(`roles.${staff.role}`)}
                </Badge>
                {staff.deleted && <Badge color="red">{t('staff.status.archived')}</Badge>}
                {!staff.deleted && !staff.active && <Badge color="gray">{t('staff.inactive')}</Badge>}
                {!staff.deleted && !withPin.has(staff.id) && (
                  <Badge color="yellow" variant="light" tt="none">
                    {t('auth.pin.none')}
                  </Badge>
                )}
                <Tooltip label={withPin.has(staff.id) ? t('auth.pin.reset') : t('auth.pin.set')}>
                  <ActionIcon variant="subtle" aria-label={t('auth.pin.setNamed', { name })} onClick={() => onSetPin(staff)}>
                    <IconKey size={18} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" aria-label={t('staff.editNamed', { name })} onClick={() => onEdit(staff)}>
                    <IconPencil size={18} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('history.open')}>
                  <ActionIcon variant="subtle" aria-label={t('staff.historyNamed', { name })} onClick={() => onHistory(staff.id)}>
                    <IconHistory size={18} />
                  </ActionIcon>
                </Tooltip>
                {staff.deleted ? (
                  <Tooltip label={t('staff.restore')}>
                    <ActionIcon
                      variant="subtle"
                      color="teal"
                      aria-label={t('staff.restoreNamed', { name })}
                      onClick={() => void staffCommands.restore(staff.id)}
                    >
                      <IconRestore size={18} />
                    </ActionIcon>
                  </Tooltip>
                ) : (
                  <Tooltip label={t('staff.archive')}>
                    <ActionIcon variant="subtle" color="red" aria-label={t('staff.archiveNamed', { name })} onClick={() => archive(staff)}>
                      <IconArchive size={18} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          );
        })}
      </div>
    </Box>
  );
}
