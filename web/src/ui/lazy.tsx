import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from './components';

// Pages whose code is loaded when first needed, so the first page stays small: `load` is a
// dynamic import of the area's pages module; the returned component renders with it once it is
// there (and shows the loading state, or the error, until then).
export function lazyPages<M>(load: () => Promise<M>) {
  let loaded: M | null = null;
  return function Pages(props: { render: (pages: M) => ComponentChildren }) {
    const [pages, setPages] = useState(loaded);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      if (pages) return;
      load().then(
        (m) => setPages((loaded = m)),
        (e) => setError(e),
      );
    }, []);
    return pages ? <>{props.render(pages)}</> : <Loading error={error} />;
  };
}
