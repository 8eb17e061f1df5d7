import { Suspense, lazy, useMemo, type ComponentType } from 'react';
import type { DashboardCard } from './feature-manifest';

/** Loaded once per card for the life of the window (React.lazy must not be re-created on render). */
const loaded = new Map<string, ComponentType>();

function lazyCard(card: DashboardCard): ComponentType {
  let component = loaded.get(card.id);
  if (!component) {
    component = lazy(() => card.load().then((Component) => ({ default: Component })));
    loaded.set(card.id, component);
  }
  return component;
}

/** Renders contributed components in their order, each appearing when its code has loaded. */
export function LazyContributions({ items }: { items: readonly DashboardCard[] }) {
  const components = useMemo(() => [...items].sort((a, b) => a.order - b.order).map((item) => ({ id: item.id, Component: lazyCard(item) })), [items]);
  return (
    <>
      {components.map(({ id, Component }) => (
        <Suspense key={id} fallback={null}>
          <Component />
        </Suspense>
      ))}
    </>
  );
}
