import { PROFILE_ROLE_LABELS } from '../../../shared/profile/schema';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './store';

/** In Settings: change the name and role the records show (issue 15). */
export function ProfilePanel() {
  const profile = useProfile((state) => state.profile);
  if (profile.state !== 'loaded') return null;
  return (
    <section className="panel form-panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your profile</h2>
      {profile.value && (
        <p>
          Changes are recorded as <strong>{profile.value.name}</strong> ({PROFILE_ROLE_LABELS[profile.value.role].toLowerCase()}). Changes already
          recorded keep the name they were made under.
        </p>
      )}
      <ProfileForm key={profile.value?.updatedAt ?? 'new'} profile={profile.value} submitLabel="Save your profile" summaryLevel={3} />
    </section>
  );
}
