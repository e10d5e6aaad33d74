import { create } from 'zustand';

/** The screens, addressed by the location hash so Back and Forward work as people expect. */
export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'new-conference' }
  | { readonly screen: 'conference'; readonly conferenceId: string }
  | { readonly screen: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  // `#token=…` is the web host's first address; the API client removes it at start.
  if (path === '/' || path.startsWith('token=')) return { screen: 'home' };
  if (path === '/conferences/new') return { screen: 'new-conference' };
  const conference = /^\/conferences\/([0-9a-f-]{36})$/.exec(path);
  if (conference?.[1]) return { screen: 'conference', conferenceId: conference[1] };
  return { screen: 'not-found' };
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'new-conference':
      return '#/conferences/new';
    case 'conference':
      return `#/conferences/${route.conferenceId}`;
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
