import { Anchor, Paper, Typography } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { guideImageUrl, guidePage } from './guide-pages';
import { renderGuide } from './render-guide';
import classes from './GuidePage.module.css';

/** คู่มือการใช้งาน: one page of docs/guide, shown in the app (offline, with its pictures). */
export function GuidePage() {
  const { t } = useTranslation();
  const { page } = useParams();
  const markdown = guidePage(page);
  const html = useMemo(() => (markdown === undefined ? null : renderGuide(markdown, guideImageUrl)), [markdown]);
  return (
    <>
      <PageHeader
        title={t('nav.guide')}
        subtitle={t('guide.subtitle')}
        actions={
          page ? (
            <Anchor component={Link} to="/guide" data-testid="guide-contents-link">
              {t('guide.backToContents')}
            </Anchor>
          ) : undefined
        }
      />
      {html === null ? (
        <EmptyState title={t('guide.notFound')} />
      ) : (
        <Paper withBorder p="xl" maw={1000}>
          <Typography>
            {/* The guide's own Markdown, bundled at build time (render-guide.ts). */}
            <div className={classes.guide} data-testid="guide-content" dangerouslySetInnerHTML={{ __html: html }} />
          </Typography>
        </Paper>
      )}
    </>
  );
}
