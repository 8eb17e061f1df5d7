import { Suspense, lazy, useMemo, type ComponentType } from 'react';

/** A contributed component (a dashboard card, a settings tab): its id and how to load it. */
export interface LazyContribution {
  id: string;
  load: () => Promise<ComponentType>;
}

/**
 * Loaded once per contribution for the life of the window (React.lazy must not be re-created on
 * render). Keyed by the load function, which a manifest creates once: a dashboard card and a
 * settings tab may share an id.
 */
const loaded = new WeakMap<LazyContribution['load'], ComponentType>();

/** The contribution as a component that loads its code on first render (inside a Suspense). */
export function lazyContribution(item: LazyContribution): ComponentType {
  let component = loaded.get(item.load);
  if (!component) {
    component = lazy(() => item.load().then((Component) => ({ default: Component })));
    loaded.set(item.load, component);
  }
  return component;
}

/** Renders contributed components in their order, each appearing when its code has loaded. */
export function LazyContributions({ items }: { items: readonly (LazyContribution & { order: number })[] }) {
  const components = useMemo(() => [...items].sort((a, b) => a.order - b.order).map((item) => ({ id: item.id, Component: lazyContribution(item) })), [items]);
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
