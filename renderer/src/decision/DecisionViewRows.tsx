import type { ConferenceDetail } from '../../../shared/conference/details';
import { AGENCY_VIEW_LABELS, AGENCY_VIEWS, CATEGORIES, CATEGORY_LABELS, FAMILY_AGREEMENT, FAMILY_AGREEMENT_LABELS, type AgencyView, type FamilyView } from '../../../shared/decision/schema';
import { Field, fieldId } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import type { RestrictionDraft } from '../audience/draft';
import { Checkboxes, Radios } from './parts';
import { withRole } from '../../../shared/people/roles';

/** An agency's or a family member's view while it is written: its marking perhaps not finished. */
export type AgencyViewDraft = Omit<AgencyView, 'restriction'> & { readonly restriction: RestrictionDraft };
export type FamilyViewDraft = Omit<FamilyView, 'restriction'> & { readonly restriction: RestrictionDraft };

/** One agency's view of the decision, with who may see their reason. */
export function AgencyViewRow({
  index,
  prefix,
  view,
  professionals,
  people,
  errors,
  onChange,
  onRemove,
}: {
  readonly index: number;
  readonly prefix: string;
  readonly view: AgencyViewDraft;
  readonly professionals: readonly { id: string; name: string; role: string }[];
  readonly people: Pick<ConferenceDetail, 'familyMembers' | 'children'>;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (view: AgencyViewDraft) => void;
  readonly onRemove: () => void;
}) {
  return (
    <div className="decision-view">
      <Field id={fieldId(`agencyViews.${index}.professionalId`)} label={`Agency view ${index + 1}: who`} error={errors[`agencyViews.${index}.professionalId`]}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={view.professionalId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, professionalId: e.target.value })}>
            <option value="">Choose a professional</option>
            {professionals.map((p) => (
              <option key={p.id} value={p.id}>{withRole(p.name, p.role)}</option>
            ))}
          </select>
        )}
      </Field>
      <Radios legend="Their view" id={`${prefix}agency-${index}-view`} options={AGENCY_VIEWS} labels={AGENCY_VIEW_LABELS} value={view.view} onChange={(v) => onChange({ ...view, view: v })} />
      <Checkboxes legend="The category they think fits (if they said)" id={`${prefix}agency-${index}-categories`} options={CATEGORIES} labels={CATEGORY_LABELS} value={view.categories} onChange={(categories) => onChange({ ...view, categories })} />
      <Field id={fieldId(`agencyViews.${index}.reason`)} label="Their reason" error={errors[`agencyViews.${index}.reason`]}>
        {({ id, describedBy, invalid }) => <textarea id={id} value={view.reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, reason: e.target.value })} />}
      </Field>
      <AudienceField path={`agencyViews.${index}.restriction`} idOf={fieldId} subject={`agency view ${index + 1}`} value={view.restriction} people={people} errors={errors} onChange={(restriction) => onChange({ ...view, restriction })} />
      <button type="button" className="button button--link" onClick={onRemove}>
        Remove agency view {index + 1}
      </button>
    </div>
  );
}

/** One family member's view of the decision, in their words, with who may see it. */
export function FamilyViewRow({
  index,
  prefix,
  view,
  members,
  people,
  errors,
  onChange,
  onRemove,
}: {
  readonly index: number;
  readonly prefix: string;
  readonly view: FamilyViewDraft;
  readonly members: readonly { id: string; name: string }[];
  readonly people: Pick<ConferenceDetail, 'familyMembers' | 'children'>;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (view: FamilyViewDraft) => void;
  readonly onRemove: () => void;
}) {
  return (
    <div className="decision-view">
      <Field id={fieldId(`familyViews.${index}.familyMemberId`)} label={`Family view ${index + 1}: who`} error={errors[`familyViews.${index}.familyMemberId`]}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={view.familyMemberId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, familyMemberId: e.target.value })}>
            <option value="">Choose a family member</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Radios legend="Do they agree with the decision?" id={`${prefix}family-${index}-agreement`} options={FAMILY_AGREEMENT} labels={FAMILY_AGREEMENT_LABELS} value={view.agreement} onChange={(agreement) => onChange({ ...view, agreement })} />
      <Field id={fieldId(`familyViews.${index}.view`)} label="Their view, in their words" error={errors[`familyViews.${index}.view`]}>
        {({ id, describedBy, invalid }) => <textarea id={id} value={view.view} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, view: e.target.value })} />}
      </Field>
      <AudienceField path={`familyViews.${index}.restriction`} idOf={fieldId} subject={`family view ${index + 1}`} value={view.restriction} people={people} errors={errors} onChange={(restriction) => onChange({ ...view, restriction })} />
      <button type="button" className="button button--link" onClick={onRemove}>
        Remove family view {index + 1}
      </button>
    </div>
  );
}
