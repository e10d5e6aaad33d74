import { create } from 'zustand';

/** The screens, addressed by the location hash so Back and Forward work as people expect. */
/** The parts of a conference's set-up, each its own page within the conference. */
export const CONFERENCE_SECTIONS = [
  'overview',
  'family',
  'invitations',
  'agenda',
  // Decision and plan
  'analysis',
  'decision',
  'plan',
  'signoff',
  'documents',
  // The family's feedback after the meeting (issue 17)
  'feedback',
] as const;
export type ConferenceSection = (typeof CONFERENCE_SECTIONS)[number];

export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'new-conference' }
  | { readonly screen: 'conference'; readonly conferenceId: string; readonly section: ConferenceSection }
  | { readonly screen: 'capture'; readonly conferenceId: string }
  | { readonly screen: 'settings' }
  | { readonly screen: 'safety' }
  | { readonly screen: 'evaluation' }
  | { readonly screen: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  // `#token=…` is the web host's first address; the API client removes it at start.
  if (path === '/' || path.startsWith('token=')) return { screen: 'home' };
  if (path === '/conferences/new') return { screen: 'new-conference' };
  if (path === '/settings') return { screen: 'settings' };
  if (path === '/safety') return { screen: 'safety' };
  if (path === '/evaluation') return { screen: 'evaluation' };
  const capture = /^\/conferences\/([0-9a-f-]{36})\/capture$/.exec(path);
  if (capture?.[1]) return { screen: 'capture', conferenceId: capture[1] };
  const conference = /^\/conferences\/([0-9a-f-]{36})(?:\/([a-z]+))?$/.exec(path);
  if (conference?.[1]) {
    const section = conference[2] ?? 'overview';
    if ((CONFERENCE_SECTIONS as readonly string[]).includes(section)) {
      return { screen: 'conference', conferenceId: conference[1], section: section as ConferenceSection };
    }
  }
  return { screen: 'not-found' };
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'new-conference':
      return '#/conferences/new';
    case 'conference':
      return route.section === 'overview' ? `#/conferences/${route.conferenceId}` : `#/conferences/${route.conferenceId}/${route.section}`;
    case 'capture':
      return `#/conferences/${route.conferenceId}/capture`;
    case 'settings':
      return '#/settings';
    case 'safety':
      return '#/safety';
    case 'evaluation':
      return '#/evaluation';
    case 'not-found':
      return '#/';
    default:
      return assertNever(route);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

interface RouterState {
  readonly route: Route;
}

export const useRouter = create<RouterState>(() => ({ route: parseRoute(window.location.hash) }));

window.addEventListener('hashchange', () => useRouter.setState({ route: parseRoute(window.location.hash) }));

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
