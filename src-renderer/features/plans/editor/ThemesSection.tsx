import { Group, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormRowList, RemoveRowButton } from '../../../ui/FormRowList';
import { newTheme, newTopic, type PlanForm } from '../model/plan-form';

interface Props {
  control: Control<PlanForm>;
  register: UseFormRegister<PlanForm>;
  error: (name: string) => string | undefined;
  readOnly: boolean;
}

/** ขอบข่ายเนื้อหา, each with its ประเด็นเน้นหนัก and their แนวทางปฏิบัติ, numbered as the plan prints them (1, 1.1). */
export function ThemesSection({ control, register, error, readOnly }: Props) {
  const { t } = useTranslation();
  const themes = useFieldArray({ control, name: 'themes', keyName: 'key' });
  return (
    <FormRowList label={t('plans.fields.themes')} addLabel={t('plans.editor.addTheme')} onAdd={() => !readOnly && themes.append(newTheme())}>
      {themes.fields.map((theme, index) => (
        <Paper key={theme.key} withBorder p="sm">
          <Stack gap="xs">
            <Group wrap="nowrap" align="flex-start">
              <TextInput
                style={{ flex: 1 }}
                label={t('plans.editor.themeName', { n: index + 1 })}
                readOnly={readOnly}
                {...register(`themes.${index}.name`)}
                error={error(`themes.${index}.name`)}
              />
              <RemoveRowButton label={t('plans.editor.removeTheme', { n: index + 1 })} onClick={() => !readOnly && themes.remove(index)} mt={28} />
            </Group>
            <Textarea label={t('plans.editor.themeDescription', { n: index + 1 })} autosize minRows={1} readOnly={readOnly} {...register(`themes.${index}.description`)} />
            <TopicRows control={control} register={register} error={error} readOnly={readOnly} themeIndex={index} />
          </Stack>
        </Paper>
      ))}
    </FormRowList>
  );
}

function TopicRows({ control, register, error, readOnly, themeIndex }: Props & { themeIndex: number }) {
  const { t } = useTranslation();
  const topics = useFieldArray({ control, name: `themes.${themeIndex}.topics`, keyName: 'key' });
  const n = themeIndex + 1;
  return (
    <FormRowList label={t('plans.fields.topics')} addLabel={t('plans.editor.addTopic', { n })} onAdd={() => !readOnly && topics.append(newTopic())}>
      {topics.fields.map((topic, index) => {
        const number = `${n}.${index + 1}`;
        return (
          <Group key={topic.key} wrap="nowrap" align="flex-start" pl="md">
            <Stack gap={4} style={{ flex: 1 }}>
              <TextInput
                label={t('plans.editor.topicName', { number })}
                readOnly={readOnly}
                {...register(`themes.${themeIndex}.topics.${index}.name`)}
                error={error(`themes.${themeIndex}.topics.${index}.name`)}
              />
              <Textarea label={t('plans.editor.guideline', { number })} autosize minRows={1} readOnly={readOnly} {...register(`themes.${themeIndex}.topics.${index}.guideline`)} />
            </Stack>
            <RemoveRowButton label={t('plans.editor.removeTopic', { number })} onClick={() => !readOnly && topics.remove(index)} mt={28} />
          </Group>
        );
      })}
    </FormRowList>
  );
}
