import type { User } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The network's event pages, by path; null when the path is not one of them.
export function eventPage(path: string, user: User) {
  const at = (pattern: string) => match(`/network/events${pattern}`, path);
  const event = at('/:event') ?? at('/:event/dashboard') ?? at('/:event/survey') ?? at('/:event/teams/:team');
  if (at('')) return <Pages render={(p) => <p.EventListPage user={user} />} />;
  if (!event || !/^\d+$/.test(event.event)) return null;
  const id = Number(event.event);
  if (at('/:event')) return <Pages key={path} render={(p) => <p.EventPage eventId={id} user={user} />} />;
  if (at('/:event/dashboard')) return <Pages key={path} render={(p) => <p.EventDashboardPage eventId={id} />} />;
  if (at('/:event/survey')) return <Pages key={path} render={(p) => <p.EventSurveyPage eventId={id} />} />;
  const team = Number(event.team);
  if (!/^\d+$/.test(event.team ?? '')) return null;
  return <Pages key={path} render={(p) => <p.TeamPage eventId={id} teamId={team} user={user} />} />;
}
