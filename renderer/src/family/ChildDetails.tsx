import type { Child } from '../../../shared/family/schema';
import { childDates, interpreterNeeds, orNotRecorded } from './format';
import { SummaryList } from './SummaryList';

/** What is recorded about a child, as the chair reads it back. */
export function ChildDetails({ child }: { readonly child: Child }) {
  return (
    <SummaryList
      rows={[
        { key: child.isUnborn ? 'Expected date of delivery' : 'Date of birth', value: childDates(child) },
        { key: 'Gender', value: orNotRecorded(child.gender) },
        { key: 'Ethnicity', value: orNotRecorded(child.ethnicity) },
        { key: 'First language', value: orNotRecorded(child.firstLanguage) },
        { key: 'Communication needs', value: <span className="family-pre-line">{orNotRecorded(child.communicationNeeds)}</span> },
        { key: 'School or setting', value: orNotRecorded(child.schoolOrSetting) },
        { key: 'Interpreter', value: interpreterNeeds(child) },
      ]}
    />
  );
}
