import { useScreenHeading } from '../app/usePageTitle';
import { ProfileForm } from './ProfileForm';

/** First run: who is using Confer, before anything else (issue 15). */
export function ProfileSetupScreen() {
  const heading = useScreenHeading('Set up your profile');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Set up your profile
      </h1>
      <p>
        Before you start, tell Confer who you are. Your name is recorded with every change you make, in the history, as who
        finalised a conference and in the documents, instead of this computer’s login name. You can change it later in Settings.
      </p>
      <ProfileForm profile={null} submitLabel="Save and continue" />
    </>
  );
}
