import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ThaiDateText } from '../../ui/ThaiDateText';
import './key-sheet-print.css';

/** What 'sync:create-folder' answers once, with where and when, for the printed sheet. */
export interface KeySheet {
  workspaceId: string;
  /** The office key as letters ("ABCD-EFGH-…"). */
  key: string;
  folder: string;
  issuedAt: string;
}

/**
 * The office key, shown once after a new sync folder is made, so the office can print it and
 * lock it away: it opens the folder when the passphrase is forgotten, and anyone holding it
 * can read the office's synced data. It closes only once the person says it is kept.
 */
/** `reprint`: a new sheet printed later from a joined workstation (จัดการพื้นที่ซิงค์), not the one shown once. */
export function KeySheetModal({ sheet, onClose, reprint = false }: { sheet: KeySheet; onClose: () => void; reprint?: boolean }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  return (
    <Modal
      opened
      onClose={() => {
        if (kept) onClose();
      }}
      title={t('syncPage.keySheet.title')}
      size="xl"
      closeOnEscape={false}
      closeOnClickOutside={false}
      withCloseButton={false}
      data-testid="key-sheet"
    >
      <Stack>
        <Alert color="yellow">{t(reprint ? 'syncPage.keySheet.reprint' : 'syncPage.keySheet.once')}</Alert>
        <Stack gap="sm" className="pr-key-sheet">
          <Title order={3} size="h4" className="pr-key-sheet-print-only">
            {t('syncPage.keySheet.heading')}
          </Title>
          <Text size="sm">{t('syncPage.keySheet.explain')}</Text>
          <div>
            <Text size="sm" fw={500}>
              {t('syncPage.keySheet.key')}
            </Text>
            <Text ff="monospace" fz={26} fw={700} lh={1.6} style={{ letterSpacing: '0.06em', overflowWrap: 'break-word' }} data-testid="key-sheet-key">
              {sheet.key}
            </Text>
          </div>
          <div>
            <Text size="sm" fw={500}>
              {t('syncPage.keySheet.workspace')}
            </Text>
            <Text ff="monospace" fz="lg" data-testid="key-sheet-workspace">
              {sheet.workspaceId}
            </Text>
          </div>
          <Text size="sm">
            {t('syncPage.keySheet.folder')}: <Code>{sheet.folder}</Code>
          </Text>
          <Text size="sm">
            {t('syncPage.keySheet.issuedAt')} <ThaiDateText value={sheet.issuedAt} format="long" withTime />
          </Text>
        </Stack>
        <Group>
          <CopyButton value={sheet.key}>
            {({ copied, copy }) => (
              <Button variant="default" leftSection={copied ? <IconCheck size={18} /> : <IconCopy size={18} />} onClick={copy}>
                {copied ? t('syncPage.keySheet.copied') : t('syncPage.keySheet.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
            {t('syncPage.keySheet.print')}
          </Button>
        </Group>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Checkbox
            label={t('syncPage.keySheet.kept')}
            description={kept ? undefined : t('syncPage.keySheet.closeHint')}
            checked={kept}
            onChange={(e) => setKept(e.currentTarget.checked)}
          />
          <Button disabled={!kept} onClick={onClose}>
            {t('syncPage.keySheet.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
