import { Button, Menu } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconTableExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { formatThaiDateShort } from '../../../src-main/shared/text/thai-date';
import { mainProcess } from '../../platform';
import { saveFileWithNotice } from '../../ui/notify';
import type { ComplaintRow } from './model/complaint-rows';
import { complaintRegisterRows } from './model/register-rows';
import { useAgencies } from '../agencies/data';
import { useStaff } from '../settings/data';
import { useMaySeePersonalData } from './data';

/**
 * ส่งออกทะเบียน: the complaints on screen (as filtered) as Excel or CSV. Complainants appear only
 * for those who may see them; everyone else gets them masked, here and again in main.
 */
export function RegisterExportButton({ rows }: { rows: readonly ComplaintRow[] }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const staff = useStaff();
  const maySee = useMaySeePersonalData();
  const [busy, setBusy] = useState(false);

  const save = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    await saveFileWithNotice(t, () => {
      const agencyNames = new Map((agencies ?? []).map((a) => [a.id, a.name]));
      const staffNames = new Map((staff ?? []).map((s) => [s.id, staffDisplayName(s)]));
      const registerRows = complaintRegisterRows(rows, { agency: (id) => agencyNames.get(id) ?? '', staff: (id) => staffNames.get(id) ?? '' }, maySee);
      const name = t('complaints.register.fileName', { date: formatThaiDateShort(new Date()) });
      return mainProcess().exportComplaintRegister({ rows: registerRows, format, suggestedFileName: name });
    });
    setBusy(false);
  };

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconTableExport size={18} />} loading={busy} disabled={rows.length === 0}>
          {t('complaints.register.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void save('xlsx')}>
          {t('complaints.register.xlsx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void save('csv')}>
          {t('complaints.register.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
