import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The district's Practices tab: …/practices, …/practices/new and …/practices/:practice. Null otherwise.
export function practicePage(district: DistrictView, path: string) {
  if (match('/districts/:district/practices', path)) {
    return <Pages key={path} render={(p) => <p.DistrictPracticesPage district={district} />} />;
  }
  if (match('/districts/:district/practices/new', path)) {
    return <Pages key={path} render={(p) => <p.PracticeEditPage district={district} practiceId={null} />} />;
  }
  const m = match('/districts/:district/practices/:practice', path);
  if (m) return <Pages key={path} render={(p) => <p.PracticeEditPage district={district} practiceId={Number(m.practice)} />} />;
  return null;
}

// The network's pages: /network/practices and /network/practices/:practice. Null otherwise.
export function networkPage(path: string) {
  if (path === '/network/practices' || path === '/network') return <Pages key={path} render={(p) => <p.LibraryPage />} />;
  const m = match('/network/practices/:practice', path);
  if (m) return <Pages key={path} render={(p) => <p.PracticePage practiceId={Number(m.practice)} />} />;
  return null;
}

// A public practice, for anyone: /public/practices/:practice. Null otherwise.
export function publicPracticePage(path: string, signedIn: boolean) {
  const m = match('/public/practices/:practice', path);
  if (!m) return null;
  return <Pages key={path} render={(p) => <p.PublicPracticePage practiceId={Number(m.practice)} signedIn={signedIn} />} />;
}
