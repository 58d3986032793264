import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The action-item and communication pages of a district, by path; null when the path is not one of them.
export function actionAndCommunicationPage(district: DistrictView, path: string) {
  const at = (pattern: string) => match(`/districts/:district${pattern}`, path);
  const communication = at('/communications/:communication');
  if (at('/actions')) return <Pages render={(p) => <p.ActionsPage district={district} />} />;
  if (at('/communications')) return <Pages render={(p) => <p.CommunicationsPage district={district} />} />;
  if (communication) {
    const id = Number(communication.communication);
    return <Pages key={path} render={(p) => <p.CommunicationPage district={district} communicationId={id} />} />;
  }
  return null;
}
