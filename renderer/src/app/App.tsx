import { FamilySafeSwitch } from './FamilySafeSwitch';
import { CaptureScreen } from '../capture/CaptureScreen';
import { ConferenceScreen } from '../conference/ConferenceScreen';
import { HomeScreen } from '../conference/HomeScreen';
import { NewConferenceScreen } from '../conference/NewConferenceScreen';
import { SafetyScreen } from '../safety/SafetyScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { hrefFor, useRouter, assertNever, type Route } from './router';
import { useScreenHeading } from './usePageTitle';
import { lazy, Suspense, useEffect } from 'react';
import { PROFILE_ROLE_LABELS } from '../../../shared/profile/schema';
import { ErrorMessage } from './ErrorMessage';
import { ProfileSetupScreen } from '../profile/ProfileSetupScreen';
import { useProfile } from '../profile/store';

// Loaded only when opened, so its charting library is not in the main bundle.
const EvaluationScreen = lazy(() => import('../evaluation/EvaluationScreen'));

export function App() {
  const route = useRouter((state) => state.route);
  const profile = useProfile((state) => state.profile);
  const loadProfile = useProfile((state) => state.load);
  useEffect(() => {
    void loadProfile();
  }, [loadProfile]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <a className="app-header__name" href={hrefFor({ screen: 'home' })}>
          Confer
        </a>
        <span className="app-header__tagline">Child protection conferences</span>
        <nav className="app-header__nav" aria-label="Main">
          <a href={hrefFor({ screen: 'home' })} aria-current={route.screen === 'home' ? 'page' : undefined}>
            Conferences
          </a>
          <a href={hrefFor({ screen: 'settings' })} aria-current={route.screen === 'settings' ? 'page' : undefined}>
            Authority settings
          </a>
          <a href={hrefFor({ screen: 'safety' })} aria-current={route.screen === 'safety' ? 'page' : undefined}>
            Data on this computer
          </a>
          <a href={hrefFor({ screen: 'evaluation' })} aria-current={route.screen === 'evaluation' ? 'page' : undefined}>
            How conferences are going
          </a>
        </nav>
        {profile.state === 'loaded' && profile.value && (
          <p className="app-header__user" data-testid="current-user">
            <span className="visually-hidden">Using Confer as </span>
            {profile.value.name}, {PROFILE_ROLE_LABELS[profile.value.role].toLowerCase()}
          </p>
        )}
        <FamilySafeSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {/* First run: who is using Confer comes before anything is recorded (issue 15). */}
        {profile.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {profile.state === 'failed' && <ErrorMessage error={profile.error} />}
        {profile.state === 'loaded' && (profile.value ? <Screen route={route} /> : <ProfileSetupScreen />)}
      </main>
    </>
  );
}

function Screen({ route }: { readonly route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'new-conference':
      return <NewConferenceScreen />;
    case 'conference':
      return <ConferenceScreen key={route.conferenceId} conferenceId={route.conferenceId} section={route.section} />;
    case 'capture':
      return <CaptureScreen key={route.conferenceId} conferenceId={route.conferenceId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'safety':
      return <SafetyScreen />;
    case 'evaluation':
      return (
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>
          <EvaluationScreen />
        </Suspense>
      );
    case 'not-found':
      return <NotFound />;
    default:
      return assertNever(route);
  }
}

function NotFound() {
  const heading = useScreenHeading('Page not found');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>
        <a href={hrefFor({ screen: 'home' })}>Go to the list of conferences</a>
      </p>
    </>
  );
}

// The skip link must not change the hash: the hash is the route.
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
