import { Alert, Anchor, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InternRecord } from '../../data';
import { PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { buildCertificates } from './model/internship-documents';
import { usePrintContext } from './data';

/** หนังสือรับรองการฝึกงาน for one intern or a whole cohort: one page each, one document. */
export function CertificateModal({ interns, onClose }: { interns: InternRecord[] | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { context, profile, ready, letterhead } = usePrintContext();
  const [documentNumber, setDocumentNumber] = useState('');
  const [busy, setBusy] = useState<PdfAction | null>(null);

  const run = async (action: PdfAction) => {
    if (!interns || !context || !profile) return;
    setBusy(action);
    try {
      const document = buildCertificates(interns, context, {
        letterhead: await letterhead(),
        signer: { name: profile.directorName, position: profile.directorTitle },
        documentNumber,
      });
      const name = interns.length === 1 && interns[0] ? `หนังสือรับรองการฝึกงาน ${interns[0].firstName} ${interns[0].lastName}` : `หนังสือรับรองการฝึกงาน ${interns.length} คน`;
      await runPdfAction(t, action, { document, options: { thaiDigits: profile.thaiDigits } }, name);
    } catch {
      notifications.show({ color: 'red', message: t('errors.ipc.internal') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened={interns !== null} onClose={onClose} title={t('internships.certificateTitle')} size="lg">
      {!ready ? (
        <Alert color="yellow">
          {t('documents.needProfile')}{' '}
          <Anchor component={Link} to="/settings/office" onClick={onClose}>
            {t('dashboard.completeProfile')}
          </Anchor>
        </Alert>
      ) : (
        <Stack>
          <Text>{t('internships.certificateFor', { count: interns?.length ?? 0, names: interns?.map((i) => `${i.title}${i.firstName} ${i.lastName}`).join(', ') })}</Text>
          <TextInput label={t('documents.fields.documentNumber')} placeholder="สข 0017/123" value={documentNumber} onChange={(e) => setDocumentNumber(e.currentTarget.value)} />
          <PdfActionButtons busy={busy} onRun={(action) => void run(action)} />
        </Stack>
      )}
    </Modal>
  );
}
