import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { BodiesPage } from '../body/Bodies';
import { BodyPage } from '../body/BodyDetail';
import { issueAndDecisionPage } from '../issue/routes';
import { Link, Loading, useLoad } from '../ui/components';
import { match } from '../ui/router';
import { meetingRoute } from '../meeting/routes';
import { actionAndCommunicationPage } from '../communication/routes';
import { analysisPage } from '../analysis/routes';
import { selfCheckRoute } from '../selfcheck/routes';
import { outcomePage } from '../outcome/routes';
import { healthPage } from '../survey/routes';
import { practicePage } from '../practice/routes';
import { handbookPage } from '../handbook/routes';
import { AuditPage } from '../audit/Audit';
import { MembersPage } from './Members';
import { OverviewPage } from './Overview';

// A district's pages share its name and tabs; the sub-page comes from the path.
export function DistrictPage(props: { districtId: number; path: string }) {
  const { t } = useI18n();
  const { data: district, error } = useLoad(() => api.district(props.districtId), [props.districtId]);
  // On a phone the tabs are behind a menu, folded again once a tab is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [props.path]);
  if (!district) return <Loading error={error} />;
  const base = `/districts/${district.id}`;
  const tabs: [string, string][] = [
    [base, t('district.overview')],
    [`${base}/meetings`, t('meeting.tab')],
    [`${base}/bodies`, t('district.bodies')],
    [`${base}/issues`, t('issue.tab')],
    [`${base}/decisions`, t('decision.tab')],
    [`${base}/actions`, t('action.tab')],
    [`${base}/communications`, t('communication.tab')],
    [`${base}/outcomes`, t('outcome.tab')],
    [`${base}/health`, t('survey.tab')],
    [`${base}/analysis`, t('analysis.tab')],
    [`${base}/practices`, t('practice.tab')],
    [`${base}/handbook`, t('handbook.tab')],
    [`${base}/members`, t('district.members')],
    [`${base}/audit`, t('district.audit')],
  ];
  // A body's meeting pages belong to Meetings, the rest to the tab whose address they start with.
  const section = /^\/districts\/\d+\/bodies\/\d+\/meetings(\/|$)/.test(props.path) ? `${base}/meetings` : props.path;
  const current = tabs.filter(([href]) => section === href || section.startsWith(href + '/')).pop();
  return (
    <>
      <p class="district-name">{district.name}</p>
      <nav class={menuOpen ? 'tabs tabs-open' : 'tabs'} aria-label={district.name}>
        <div class="tabs-bar">
          <span class="tabs-current">{current?.[1]}</span>
          <button type="button" class="secondary tabs-toggle" aria-expanded={menuOpen ? 'true' : 'false'}
            aria-controls="district-tabs" onClick={() => setMenuOpen(!menuOpen)}>
            <span aria-hidden="true">☰ </span>{t('district.menu')}
          </button>
        </div>
        <ul id="district-tabs">
          {tabs.map(([href, label]) => (
            <li key={href}>
              <Link href={href} current={href === current?.[0]}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <SubPage district={district} path={props.path} />
    </>
  );
}

function SubPage(props: { district: DistrictView; path: string }): ComponentChildren {
  const { district, path } = props;
  const meetings = meetingRoute(district, path);
  if (meetings) return meetings;
  const selfCheck = selfCheckRoute(district, path);
  if (selfCheck) return selfCheck;
  const body = match('/districts/:district/bodies/:body', path);
  if (body) return <BodyPage district={district} bodyId={Number(body.body)} />;
  const issuesOrDecisions = issueAndDecisionPage(district, path);
  if (issuesOrDecisions) return issuesOrDecisions;
  const analysis = analysisPage(district, path);
  if (analysis) return analysis;
  const actionsOrCommunications = actionAndCommunicationPage(district, path);
  if (actionsOrCommunications) return actionsOrCommunications;
  const outcomes = outcomePage(district, path);
  if (outcomes) return outcomes;
  const health = healthPage(district, path);
  if (health) return health;
  const practices = practicePage(district, path);
  if (practices) return practices;
  if (path.endsWith('/members')) return <MembersPage district={district} />;
  if (path.endsWith('/bodies')) return <BodiesPage district={district} />;
  if (path.endsWith('/audit')) return <AuditPage district={district} />;
  const handbook = handbookPage(district, path);
  if (handbook) return handbook;
  return <OverviewPage district={district} />;
}
