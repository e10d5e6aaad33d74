import type { NewConference } from '../../shared/conference/schema';

/**
 * Test data from the fictional Price and Mills family (../shared/domain/example-case.md).
 * Builders return valid input; tests change only what they are about.
 */
export function anInitialConference(overrides: Partial<NewConference> = {}): NewConference {
  return {
    type: 'initial',
    scheduledDate: '2026-03-19',
    scheduledTime: '10:00',
    children: [
      { status: 'born', givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2016-11-02' },
      { status: 'born', givenName: 'Leo', familyName: 'Mills', dateOfBirth: '2021-06-14' },
      { status: 'unborn', familyName: 'Mills', expectedDeliveryDate: '2026-08-10' },
    ],
    ...overrides,
  };
}
