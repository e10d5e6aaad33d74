import { useScreenHeading } from '../app/usePageTitle';

export function SettingsScreen() {
  const heading = useScreenHeading('Authority settings');
  return (
    <h1 ref={heading} tabIndex={-1}>
      Authority settings
    </h1>
  );
}
