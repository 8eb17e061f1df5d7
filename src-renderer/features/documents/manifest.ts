import type { FeatureManifest } from '../../ui/feature-manifest';

export const documentsManifest: FeatureManifest = {
  id: 'documents',
  dashboardActions: [{ id: 'new-memo', order: 20, load: () => import('./NewMemoButton').then((m) => m.NewMemoButton) }],
};
