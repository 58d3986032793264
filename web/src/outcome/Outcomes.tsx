import { useMemo, useState } from 'preact/hooks';
import { outcomesApi, type Metric, type MetricSeries, type SeriesLine, type TimelineEvent } from '../api/outcomes';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/i18n';
import { Field, Loading, PageTitle, TableScroll, useLoad } from '../ui/components';
import { axisYears, LineChart, markerPosition, metricFormat, type Marker } from './Chart';
import { OutcomeNav } from './OutcomeNav';
import { formatDay } from '../i18n/format';

// Student groups as CAASPP numbers them, in the order they are offered; a group of another number
// that a file brought is offered after these, by its number.
const namedGroups = ['1', '31', '160', '128', '74', '76', '78', '80', '4', '3'];

export function groupChoices(present: string[], chosen: string) {
  const all = new Set([...present, '1', chosen]);
  const known = namedGroups.filter((g) => all.has(g));
  const others = [...all].filter((g) => !namedGroups.includes(g)).sort((a, b) => Number(a) - Number(b));
  return [...known, ...others];
}

function groupName(group: string, t: Translate) {
  return namedGroups.includes(group) ? t(`outcome.group.${group}` as MessageKey) : t('outcome.group.other', { id: group });
}

export function metricName(metric: Metric, locale: string) {
  return locale === 'es' ? metric.name_es : metric.name_en;
}

function lineName(line: SeriesLine, t: Translate) {
  return line.scope === 'state' ? t('outcome.state', { name: line.name }) : line.name;
}

function eventLabel(event: TimelineEvent, t: Translate) {
  return event.type === 'decision'
    ? t('outcome.event.decision', { title: event.title ?? '' })
    : t('outcome.event.charter', { number: event.charter_number ?? 0 });
}

// A metric over the years: the district beside the state (and schools), with the partnership's
// decisions and charter versions on the same time axis; the same numbers as a table below.
export function OutcomesPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const metrics = useLoad(() => outcomesApi.metrics(districtId), [districtId]);
  const schools = useLoad(() => outcomesApi.schools(districtId), [districtId]);
  const [metricKey, setMetricKey] = useState('');
  const [group, setGroup] = useState('1');
  const [chosenSchools, setChosenSchools] = useState<number[]>([]);
  const key = metricKey || metrics.data?.items[0]?.key || '';
  const series = useLoad(
    () => (key ? outcomesApi.series(districtId, key, group, chosenSchools) : Promise.resolve(undefined)),
    [districtId, key, group, chosenSchools.join(',')],
  );
  const toggleSchool = (id: number, on: boolean) =>
    setChosenSchools((now) => (on ? [...now, id].sort((a, b) => a - b) : now.filter((s) => s !== id)));

  return (
    <>
      <PageTitle>{t('outcome.title')}</PageTitle>
      <OutcomeNav district={props.district} current="chart" />
      {!metrics.data ? (
        <Loading error={metrics.error} />
      ) : (
        <div class="outcome-choices">
          <Field label={t('outcome.metric')}>
            <select value={key} onChange={(e) => setMetricKey(e.currentTarget.value)}>
              {metrics.data.items.map((m) => (
                <option key={m.key} value={m.key}>{metricName(m, locale)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('outcome.group')}>
            <select value={group} onChange={(e) => setGroup(e.currentTarget.value)}>
              {groupChoices(series.data?.groups ?? [], group).map((g) => (
                <option key={g} value={g}>{groupName(g, t)}</option>
              ))}
            </select>
          </Field>
          {schools.data && schools.data.items.length > 0 && (
            <fieldset class="outcome-schools">
              <legend>{t('outcome.schoolsBeside')}</legend>
              {schools.data.items.map((s) => (
                <label key={s.id}>
                  <input type="checkbox" checked={chosenSchools.includes(s.id)}
                    onChange={(e) => toggleSchool(s.id, e.currentTarget.checked)} />
                  {' '}{s.name}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
      {key && (!series.data ? <Loading error={series.error} /> : <SeriesView data={series.data} />)}
    </>
  );
}

function SeriesView(props: { data: MetricSeries }) {
  const { t, locale } = useI18n();
  const { data } = props;
  const [focused, setFocused] = useState<number | null>(null);
  const name = metricName(data.metric, locale);
  const lineNames = data.series.map((l) => lineName(l, t));
  // The events within the figures' years are marked on the chart and numbered; the others are only listed.
  const { markers, marked, outside } = useMemo(() => {
    const years = axisYears(data);
    const marked: TimelineEvent[] = [];
    const outside: TimelineEvent[] = [];
    const markers: Marker[] = [];
    for (const e of data.events) {
      const position = markerPosition(years, e.school_year, e.date);
      if (position === null) {
        outside.push(e);
      } else {
        marked.push(e);
        markers.push({ position, number: marked.length, label: eventLabel(e, t) });
      }
    }
    return { markers, marked, outside };
  }, [data, locale]);
  const format = useMemo(
    () => metricFormat(data.metric, locale, data.series.flatMap((l) => l.points.flatMap((p) => p.value ?? []))),
    [data, locale],
  );
  const dateText = (date: string) => formatDay(date, locale);
  const eventText = (e: TimelineEvent) => (
    <>
      <time dateTime={e.date}>{dateText(e.date)}</time>{' · '}
      {eventLabel(e, t)}{' · '}
      {e.body_name}
    </>
  );
  if (data.years.length === 0) return <p>{t('outcome.noData')}</p>;
  const summary = t('outcome.chartLabel', {
    metric: name,
    lines: lineNames.join(', '),
    from: data.years[0],
    to: data.years[data.years.length - 1],
    events: markers.length,
  });
  return (
    <section aria-labelledby="outcome-chart-title" class="outcome-series">
      <h2 id="outcome-chart-title">{name}</h2>
      <LineChart data={data} markers={markers} label={summary} lineNames={lineNames} focusedMarker={focused} />
      <h3 id="outcome-events-title">{t('outcome.events')}</h3>
      {data.earlier_events && <p>{t('outcome.earlierEvents', { count: data.events.length })}</p>}
      {marked.length === 0 ? (
        <p>{t('outcome.noEvents')}</p>
      ) : (
        <>
          <p class="hint">{t('outcome.events.hint')}</p>
          <ol class="outcome-events" aria-labelledby="outcome-events-title">
            {marked.map((e, i) => (
              // Focusable, so that a keyboard shows on the chart what the pointer shows by hovering.
              <li key={`${e.type}-${e.id}`} tabIndex={0} class={focused === i ? 'active' : undefined}
                onFocus={() => setFocused(i)} onBlur={() => setFocused(null)}
                onMouseEnter={() => setFocused(i)} onMouseLeave={() => setFocused(null)}>
                {eventText(e)}
              </li>
            ))}
          </ol>
        </>
      )}
      {outside.length > 0 && (
        <>
          <h3 id="outcome-outside-title">{t('outcome.eventsOutside')}</h3>
          <ul class="outcome-events outside" aria-labelledby="outcome-outside-title">
            {outside.map((e) => <li key={`${e.type}-${e.id}`}>{eventText(e)}</li>)}
          </ul>
        </>
      )}
      <h3 id="outcome-table-title">{t('outcome.table')}</h3>
      <TableScroll label={t('outcome.table')}>
        <table aria-labelledby="outcome-table-title" class="outcome-table">
          <thead>
            <tr>
              <th scope="col">{t('outcome.year')}</th>
              {lineNames.map((n) => <th key={n} scope="col">{n}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {data.series.map((line, i) => {
                  const value = line.points.find((p) => p.year === year)?.value;
                  return (
                    <td key={i} class={value == null ? 'missing' : undefined}>
                      {value == null ? t('outcome.notReported') : format.value(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
