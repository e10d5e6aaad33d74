import { useScreenHeading } from '../app/usePageTitle';
import { BackupsSection } from './BackupsSection';
import { HandoverSection } from './HandoverSection';
import { RetentionSection } from './RetentionSection';

/** Keeping the data on this computer safe: backups, and handover to the other laptop. */
export function SafetyScreen() {
  const heading = useScreenHeading('Data on this computer');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Data on this computer
      </h1>
      <p>
        Confer keeps its records on this computer, encrypted. Here you can back them up, put them back as they were,
        pass a conference to another laptop, and remove conferences your authority no longer needs kept here.
      </p>
      <BackupsSection />
      <HandoverSection />
      <RetentionSection />
    </>
  );
}
