import { Badge, Button, Menu, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { SURVEY_TEMPLATES, TEMPLATE_TITLES, type SurveyTemplate } from './model/templates';
import { useResponseCounts, useSurveyCommands, useSurveys } from './data';
import { DataTable } from '../../ui/DataTable';

export function SurveysPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatNumber = useFormatNumber();
  const surveys = useSurveys();
  const counts = useResponseCounts();
  const { createBlank, createFromTemplate } = useSurveyCommands();

  async function create(template: SurveyTemplate | 'blank') {
    const survey = template === 'blank' ? await createBlank() : await createFromTemplate(template);
    await navigate(`/surveys/s/${survey.id}/build`);
  }

  return (
    <>
      <PageHeader
        title={t('nav.surveys')}
        subtitle={t('surveys.subtitle')}
        actions={
          <Menu position="bottom-end">
            <Menu.Target>
              <Button leftSection={<IconPlus size={18} />}>{t('surveys.newFromTemplate')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void create('blank')}>{t('surveys.newBlank')}</Menu.Item>
              <Menu.Divider />
              {SURVEY_TEMPLATES.map((template) => (
                <Menu.Item key={template} onClick={() => void create(template)}>
                  {TEMPLATE_TITLES[template]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        }
      />
      {surveys?.length === 0 ? (
        <EmptyState title={t('surveys.empty')} description={t('surveys.emptyHint')} />
      ) : (
        <DataTable striped highlightOnHover testId="survey-list" framed headings={[t('surveys.fields.title'), t('surveys.fields.version'), { label: t('surveys.responseCount'), ta: 'right' }]}>
          {surveys?.map((s) => (
            <Table.Tr key={s.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/surveys/s/${s.id}/${s.locked ? 'stats' : 'build'}`)}>
              <Table.Td>
                <Text fw={600}>{s.title}</Text>
              </Table.Td>
              <Table.Td>
                {t('surveys.versionN', { n: s.version })}{' '}
                {s.superseded ? (
                  <Badge color="gray">{t('surveys.superseded')}</Badge>
                ) : s.locked ? (
                  <Badge color="blue">{t('surveys.lockedBadge')}</Badge>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(counts?.get(s.id) ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
