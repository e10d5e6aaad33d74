import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract/api';
import { handle, type CallReport } from '../../shared/contract/handle';
import { CALL_NAMES, contract } from '../../shared/contract/contract';
import { AppError, ConflictError, NotFoundError } from '../../shared/contract/result';
import { anInitialConference } from '../support/builders';

const conferenceId = '6f1c7a4e-4a8e-4a38-9b0e-3f1f2c6a9d10';
const summary = {
  id: conferenceId,
  type: 'initial',
  status: 'draft',
  scheduledDate: '2026-03-19',
  scheduledTime: '10:00',
  children: [],
  attention: null,
  held: null,
} as const;

function handlersThat(behaviour: Partial<Record<keyof Handlers, (input: unknown) => unknown>>): Handlers {
  const refuse = () => {
    throw new Error('not used in this test');
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, behaviour[name] ?? refuse])) as unknown as Handlers;
}

describe('handle(): the one wrapper between a host and the application', () => {
  it('returns the handler’s value when the input is valid', async () => {
    const result = await handle('listConferences', {}, handlersThat({ listConferences: () => [summary] }), { trustedSender: true });
    expect(result).toEqual({ ok: true, value: [summary] });
  });

  it('refuses a request from an untrusted sender without running the handler', async () => {
    let ran = false;
    const result = await handle('listConferences', {}, handlersThat({ listConferences: () => ((ran = true), []) }), { trustedSender: false });
    expect(result.ok).toBe(false);
    expect(ran).toBe(false);
  });

  it.each([undefined, null, 42, 'text', [], { conferenceId: 'not-a-uuid' }, { conferenceId }, { conferenceId, extra: 1 }])(
    'gives a validation error, never a crash, for malformed input %#',
    async (input) => {
      let ran = false;
      const result = await handle('createConference', input, handlersThat({ createConference: () => ((ran = true), {}) }), { trustedSender: true });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('validation');
      expect(ran).toBe(false);
    },
  );

  it('says which answer is wrong, beside the field', async () => {
    const input = anInitialConference({ scheduledDate: '2026-02-30' });
    const result = await handle('createConference', input, handlersThat({}), { trustedSender: true });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', fields: { scheduledDate: expect.stringContaining('real conference date') } } });
  });

  it('never repeats the input in its messages', async () => {
    const secret = 'Danielle lives at the refuge on Harbour Road';
    const input = { ...anInitialConference(), children: [{ status: 'born', givenName: secret.repeat(10), familyName: secret, dateOfBirth: secret }] };
    const result = await handle('createConference', input, handlersThat({}), { trustedSender: true });
    expect(JSON.stringify(result)).not.toContain('Danielle');
  });

  it('refuses a call name that is not in the contract', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'dropDatabase', 7]) {
      const result = await handle(name, {}, handlersThat({}), { trustedSender: true });
      expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    }
  });

  it('passes a handler’s own error kind and safe message through', async () => {
    for (const error of [new NotFoundError('This conference'), new ConflictError('Already finalised.'), new AppError('locked', 'Confer is locked.')]) {
      const result = await handle('getConference', { conferenceId }, handlersThat({ getConference: () => { throw error; } }), { trustedSender: true });
      expect(result).toEqual({ ok: false, error: { kind: error.kind, message: error.message } });
    }
  });

  it('hides an unexpected error behind a safe message, and reports only its name', async () => {
    const reports: CallReport[] = [];
    const result = await handle(
      'getConference',
      { conferenceId },
      handlersThat({ getConference: () => { throw new TypeError('Cannot read Ruby Price’s record at line 12'); } }),
      { trustedSender: true },
      (report) => reports.push(report),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('internal');
      expect(result.error.message).not.toMatch(/Ruby|line|TypeError/);
    }
    expect(JSON.stringify(reports)).not.toContain('Ruby');
    expect(reports).toEqual([{ call: 'getConference', outcome: 'internal', errorName: 'TypeError' }]);
  });

  it('checks the handler’s output too, so nothing undeclared leaves the application', async () => {
    const result = await handle('listConferences', {}, handlersThat({ listConferences: () => [{ ...summary, type: 'secret' }] }), { trustedSender: true });
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });

  it('strips fields the contract does not declare from the output', async () => {
    const result = await handle('listConferences', {}, handlersThat({ listConferences: () => [{ ...summary, confidentialAddress: '1 Hidden Lane' }] }), { trustedSender: true });
    expect(JSON.stringify(result)).not.toContain('Hidden Lane');
  });

  it('declares every call with an input and an output schema', () => {
    for (const name of CALL_NAMES) {
      expect(contract[name].input).toBeDefined();
      expect(contract[name].output).toBeDefined();
    }
  });
});
