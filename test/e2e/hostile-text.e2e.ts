/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { describe, expect, it } from 'vitest';
import { useJourney } from './journey';

const journey = useJourney('confer-e2e-hostile-');

const HOSTILE = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `'; DROP TABLE conference; --`,
  `Zoë 👪 O’Brien-Ñúñez`,
];

describe('hostile text on screen', () => {
  it('is stored and shown as text, never run', async () => {
    for (const familyName of HOSTILE) {
      const conference = { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00', children: [{ status: 'born', givenName: 'Ruby', familyName, dateOfBirth: '2016-11-02' }] };
      expect(((await journey.post('createConference', conference)) as { ok: boolean }).ok).toBe(true);
    }
    // A name that would show backwards is refused, not stored (issue 14 item 13).
    const reversed = { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00', children: [{ status: 'born', givenName: 'Ruby', familyName: '\u202Eeman ylimaf', dateOfBirth: '2016-11-02' }] };
    expect(((await journey.post('createConference', reversed)) as { ok: boolean }).ok).toBe(false);
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    const table = await page.locator('table').innerText();
    for (const familyName of HOSTILE) expect(table).toContain(`Ruby ${familyName}`);
    await page.getByRole('link', { name: `Ruby ${HOSTILE[0]}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp('Ruby') }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.context().close();
  });
});
