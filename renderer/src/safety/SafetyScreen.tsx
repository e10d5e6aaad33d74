import { useScreenHeading } from '../app/usePageTitle';
import { ChangePassphraseSection } from '../lock/ChangePassphraseSection';
import { BackupsSection } from './BackupsSection';
import { HandoverSection } from './HandoverSection';
import { RetentionSection } from './RetentionSection';

/** Keeping the data on this computer safe: backups, handover to the other laptop, retention and the lock's passphrase. */
export function SafetyScreen() {
  const heading = useScreenHeading('Data on this computer');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Data on this computer
      </h1>
      <p>
        Confer keeps its records on this computer, encrypted. Here you can back them up, put them back as they were,
        pass a conference to another laptop, remove conferences your authority no longer needs kept here, and change the
        passphrase that unlocks Confer.
      </p>
      <BackupsSection />
      <HandoverSection />
      <RetentionSection />
      <ChangePassphraseSection />
    </>
  );
}
