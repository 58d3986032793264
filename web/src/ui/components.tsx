import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { navigate } from './router';

// `label`, when given, is the link's accessible name instead of its text.
export function Link(props: { href: string; children: ComponentChildren; class?: string; current?: boolean; label?: string }) {
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return (
    <a href={props.href} onClick={onClick} class={props.class} aria-current={props.current ? 'page' : undefined}
      aria-label={props.label}>
      {props.children}
    </a>
  );
}

// A page's heading takes the focus when the page opens, so screen readers announce it.
export function PageTitle(props: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {props.children}
    </h1>
  );
}

export function useErrorText() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 0) return t('error.network');
      if (error.field) return t('error.field', { field: error.field, message: error.message });
      return error.message;
    }
    return t('error.generic');
  };
}

export function ErrorMessage(props: { error: unknown }) {
  const text = useErrorText();
  if (!props.error) return null;
  return (
    <p class="error" role="alert">
      {text(props.error)}
    </p>
  );
}

export function Status(props: { children: ComponentChildren }) {
  return (
    <p class="status" role="status">
      {props.children}
    </p>
  );
}

export function Field(props: { label: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      {props.children}
    </label>
  );
}

// A table that may be wider than a phone scrolls sideways in this box, not the page; the keyboard can
// reach the box to scroll it. A box that is not inside a section named like it carries its own name.
export function TableScroll(props: { label?: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role={props.label ? 'region' : undefined} aria-label={props.label}>
      {props.children}
    </div>
  );
}

// Loads data for a page. `reload` fetches it again and answers once the new data is shown, so a form
// can announce a change only when the page already says it.
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const waiting = useRef<Array<() => void>>([]);
  useEffect(() => {
    let live = true;
    setError(null);
    const settle = () => {
      const done = waiting.current;
      waiting.current = [];
      for (const resolve of done) resolve();
    };
    load().then(
      (d) => { if (live) { setData(d); settle(); } },
      (e) => { if (live) { setError(e); settle(); } },
    );
    return () => {
      live = false;
    };
  }, [...deps, version]);
  const reload = () => new Promise<void>((resolve) => {
    waiting.current.push(resolve);
    setVersion((v) => v + 1);
  });
  return { data, error, reload };
}

export function Loading(props: { error: unknown }) {
  const { t } = useI18n();
  if (props.error) return <ErrorMessage error={props.error} />;
  return <p aria-busy="true">{t('app.loading')}</p>;
}

// Runs a change for a form or a button: clears the last error, is busy while the change runs and
// keeps the error it ended with. `run` answers whether it succeeded; `after` runs either way, with
// the error if there was one.
export function useAction(after?: (error: unknown) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    setBusy(true);
    try {
      await action();
      after?.(null);
      return true;
    } catch (err) {
      setError(err);
      after?.(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, run };
}

export type SubmitHandler = (e: JSX.TargetedEvent<HTMLFormElement, Event>) => void;
