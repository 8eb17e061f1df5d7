import { Button } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternRecord } from '../../data';
import { PersonErasure, RequestFormModal } from '../privacy';
import { useInternshipCommands } from './data';

/** PDPA on the intern's page: log a request she makes about her data, and erase it at the end of retention. */
export function PrivacyPanel({ intern }: { intern: InternRecord }) {
  const { t } = useTranslation();
  const { eraseIntern } = useInternshipCommands();
  const [requesting, setRequesting] = useState<'new' | null>(null);
  const fullName = `${intern.title}${intern.firstName} ${intern.lastName}`;
  const prefill = useMemo(() => ({ subjectTable: 'interns' as const, subjectId: intern.id, requesterName: fullName, requesterContact: intern.phone }), [intern.id, fullName, intern.phone]);
  return (
    <>
      <PersonErasure
        table="interns"
        recordId={intern.id}
        erasedAt={intern.erasedAt}
        prefix="internships"
        values={{ name: `${intern.firstName} ${intern.lastName}` }}
        testIds={{ erased: 'erased-notice', refused: 'privacy-refused' }}
        erase={(reason, erasedAt) => eraseIntern(intern.id, reason, erasedAt)}
      >
        <Button variant="light" onClick={() => setRequesting('new')}>
          {t('internships.logRequest')}
        </Button>
      </PersonErasure>
      <RequestFormModal editing={requesting} onClose={() => setRequesting(null)} prefill={prefill} />
    </>
  );
}
