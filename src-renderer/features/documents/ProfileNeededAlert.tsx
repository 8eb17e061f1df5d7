import { Alert, Anchor, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Shown instead of a document's buttons while the office profile lacks what the document prints
 * (canSignDocuments), with the way to the settings page that fills it in.
 */
export function ProfileNeededAlert({ mb, onFollow }: { mb?: MantineSpacing; onFollow?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" mb={mb}>
      {t('documents.needProfile')}{' '}
      <Anchor component={Link} to="/settings/office" onClick={onFollow}>
        {t('dashboard.completeProfile')}
      </Anchor>
    </Alert>
  );
}
