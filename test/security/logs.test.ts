import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CHILDREN, EXAMPLE_FAMILY, EXAMPLE_PROFESSIONALS } from '../../shared/example/price-mills';
import { makeTempDir } from '../support/temp-dir';
import { startWebHostProcess } from '../support/web-host';

/** The family's names never reach the log, whatever happens: saves, refusals, bad requests. */
describe('the log', () => {
  it('holds none of the example family’s names after a session of use and misuse', async () => {
    const dir = makeTempDir('confer-logs-');
    const host = await startWebHostProcess(dir.path);
    const call = (name: string, body: string) =>
      fetch(`${host.origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-confer-token': host.token }, body });
    const example = (await (await call('loadExampleConference', '{}')).json()) as { value: { id: string; agenda: { id: string }[] } };
    await call('saveContribution', JSON.stringify({ id: 'not-a-uuid', conferenceId: example.value.id, text: 'Danielle Price said Ruby hides under her bed' }));
    await call('createConference', JSON.stringify({ type: 'initial', children: [{ status: 'born', givenName: 'Ruby', familyName: 'Price', dateOfBirth: '2099-01-01' }], scheduledDate: '2026-03-19', scheduledTime: '10:00' }));
    await call('addFamilyMember', JSON.stringify({ conferenceId: example.value.id, member: { kind: 'friend', givenName: 'Jordan Mills'.repeat(50), familyName: 'Mills' } }));
    await call('getConference', '{"conferenceId": "Carol Price"}');
    await call('listConferences', '{not json: Megan Price');
    await fetch(`${host.origin}/api/listConferences`, { method: 'POST', body: '{"Aaron Whitfield": 1}' });
    await call('updateChild', JSON.stringify({ childId: 'x', child: { 'Leo Mills': { 'Nadia Rahman': 1 } } }));
    await host.stop();

    const logDir = join(dir.path, 'logs');
    const text = readdirSync(logDir).map((file) => readFileSync(join(logDir, file), 'utf8')).join('\n');
    expect(text).toContain('call.failed');
    const names = [
      ...EXAMPLE_FAMILY.flatMap((m) => [m.details.givenName, m.details.familyName]),
      ...Object.values(EXAMPLE_CHILDREN).flatMap((c) => [c.givenName, c.familyName]).filter(Boolean),
      ...EXAMPLE_PROFESSIONALS.map((p) => p.name),
    ];
    for (const name of new Set(names)) expect(text, name).not.toContain(name);
    dir.remove();
  });
});
