import type { DocumentSource } from '../../shared/documents/source';
import { startTestApplication } from './app';
import { ok } from './calls';

/**
 * The example conference (Price–Mills) loaded HELD (the meeting recorded, not finalised) into the
 * real application on a real database, and read through the same calls the documents are made from.
 */
export async function exampleDocumentSource(madeOn = '2026-11-23'): Promise<DocumentSource> {
  const application = startTestApplication();
  try {
    const conference = await ok(application, 'loadExampleConference', { stage: 'held' });
    const ref = { conferenceId: conference.id };
    return {
      conference,
      capture: await ok(application, 'getCapture', ref),
      decisionRecord: await ok(application, 'getDecisionRecord', ref),
      letter: await ok(application, 'getDecisionLetter', ref),
      settings: await ok(application, 'getAuthoritySettings', {}),
      madeOn,
    };
  } finally {
    application.dispose();
  }
}
