import type { Maturity, MaturityLevel } from '../api/selfchecks';
import { useI18n } from '../i18n/i18n';
import { named, texted } from './text';

// The year's maturity level on a scale of five steps, what holds and what the next level still
// needs. The current step is marked in words and by its shape, not by colour alone.
export function MaturityPanel(props: { year: number; maturity: Maturity; levels: MaturityLevel[] }) {
  const { t, locale } = useI18n();
  const m = props.maturity;
  return (
    <section class="maturity" aria-labelledby="maturity-title">
      <h2 id="maturity-title">{t('selfcheck.maturityTitle', { year: props.year })}</h2>
      <p class="maturity-now">{t('selfcheck.levelOf', { level: m.level, name: named(m, locale) })}</p>
      <ol class="maturity-scale" aria-label={t('selfcheck.scale')}>
        {props.levels.map((l) => {
          const state = l.level < m.level ? 'reached' : l.level === m.level ? 'current' : 'ahead';
          return (
            <li key={l.level} class={`scale-step scale-${state} scale-level-${l.level}`}
              aria-current={state === 'current' ? 'step' : undefined}>
              <span class="scale-bar" aria-hidden="true" />
              <span class="scale-number">{l.level}</span>
              <span class="scale-name">{named(l, locale)}</span>
              {state === 'current' && <span class="scale-here">{t('selfcheck.currentLevel')}</span>}
              {state === 'reached' && <span class="visually-hidden">{t('selfcheck.reached')}</span>}
            </li>
          );
        })}
      </ol>
      <div class="maturity-criteria">
        <div>
          <h3>{t('selfcheck.met')}</h3>
          {m.met.length === 0 ? (
            <p>{t('selfcheck.noneMet')}</p>
          ) : (
            <ul class="criteria criteria-met">
              {m.met.map((c) => <li key={c.code}>{texted(c, locale)}</li>)}
            </ul>
          )}
        </div>
        <div>
          {m.next ? (
            <>
              <h3>{t('selfcheck.nextNeeds', { level: m.next.level, name: named(m.next, locale) })}</h3>
              <ul class="criteria criteria-missing">
                {m.next.missing.map((c) => <li key={c.code}>{texted(c, locale)}</li>)}
              </ul>
            </>
          ) : (
            <p>{t('selfcheck.highest')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
