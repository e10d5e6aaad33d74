import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAgenda } from '../shared/agenda/default-agenda';
import { AGENCIES } from '../shared/authority/agencies';
import type { ConferenceType } from '../shared/conference/schema';
import { latestVersion, MIGRATIONS } from '../db/migrations';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase, type Db } from '../db/open';
import { refreshNextDeadlines } from '../electron/handlers/next-deadline';

/**
 * A synthetic caseload the size of a large authority, for the benchmarks: 2,000 families,
 * 8,000 conferences, 400,000 contributions. Every name comes from small word lists that are
 * plainly made up (Kestrel Testwood, Umber Mockbridge), never anything that looks like a real
 * person. Generated straight into an encrypted database with prepared statements in large
 * transactions, then cached in the OS temp folder, keyed by schema version, so later runs reuse it.
 */
export const CASELOAD_SIZE = { families: 2_000, conferences: 8_000, contributions: 400_000 } as const;

/** Conferences given exactly 300 contributions, for "opening a big conference". */
export const BIG_CONFERENCE_CONTRIBUTIONS = 300;
const BIG_CONFERENCES = 40;
const PROFESSIONALS = 600;
const CHAIRS = 20;
/** Bump when the generator's output changes, so a stale cache is not reused. */
const GENERATOR_VERSION = 3;

export interface Caseload {
  /** A folder holding confer.sqlite, fresh for this run: benchmarks may write to it. */
  readonly dataDir: string;
  readonly key: Buffer;
  /** A conference still being prepared, with 300 contributions, to open and to save into. */
  readonly bigConferenceId: string;
  readonly bigAgendaItemId: string;
  readonly chairIds: readonly string[];
  /** How long generating took (0 when the cached file was used). */
  readonly generatedMs: number;
  readonly remove: () => void;
}

interface Manifest {
  readonly key: string;
  readonly bigConferenceId: string;
  readonly bigAgendaItemId: string;
  readonly chairIds: readonly string[];
}

/** The cached caseload, generated on first use, copied into a fresh folder for this run. */
export function prepareCaseload(): Caseload {
  // Keyed by the schema: its version, and the migrations' own text, so a migration changed
  // during development is not benchmarked against a database made by its earlier form.
  const schema = createHash('sha256').update(MIGRATIONS.map((m) => m.up.toString()).join('\n')).digest('hex').slice(0, 12);
  const cacheDir = join(tmpdir(), `confer-bench-caseload-s${latestVersion()}-${schema}-g${GENERATOR_VERSION}`);
  const manifestFile = join(cacheDir, 'manifest.json');
  let generatedMs = 0;
  if (!existsSync(manifestFile)) {
    const started = performance.now();
    generateInto(cacheDir);
    generatedMs = performance.now() - started;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const dataDir = join(tmpdir(), `confer-bench-run-${process.pid}-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // A plain copy: the benchmarks save contributions, and the cache must stay as generated.
  writeFileSync(join(dataDir, DATABASE_FILE_NAME), readFileSync(join(cacheDir, DATABASE_FILE_NAME)));
  return {
    dataDir,
    key: Buffer.from(manifest.key, 'hex'),
    bigConferenceId: manifest.bigConferenceId,
    bigAgendaItemId: manifest.bigAgendaItemId,
    chairIds: manifest.chairIds,
    generatedMs,
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function generateInto(cacheDir: string): void {
  const building = `${cacheDir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  const db = openDatabase({ file: join(building, DATABASE_FILE_NAME), key });
  // Generation only: a crash here just means generating again.
  db.pragma('synchronous = OFF');
  // A big page cache: every page the random ids touch is decrypted and encrypted again otherwise.
  db.pragma('cache_size = -524288');
  const made = generateCaseload(db, 20260401);
  // As the application leaves it: each conference's next deadline worked out (migration 0011),
  // so a benchmark's start does not include working out 8,000 of them.
  refreshNextDeadlines(db, { checkRules: true });
  closeDatabase(db);
  const manifest: Manifest = { key: key.toString('hex'), ...made };
  writeFileSync(join(building, 'manifest.json'), JSON.stringify(manifest));
  rmSync(cacheDir, { recursive: true, force: true });
  renameSync(building, cacheDir);
}

// ---------------------------------------------------------------------------------------------
// Word lists: small and obviously fictional.

const GIVEN = [
  'Amber', 'Birch', 'Clover', 'Dune', 'Ember', 'Fern', 'Garnet', 'Hazel', 'Indigo', 'Juniper', 'Kestrel', 'Linden', 'Moss',
  'Nettle', 'Opal', 'Pebble', 'Quill', 'Rowan', 'Sorrel', 'Thistle', 'Umber', 'Vetch', 'Willow', 'Yarrow', 'Zephyr',
];
const FAMILY = [
  'Testwood', 'Sampleford', 'Mockbridge', 'Fictonby', 'Placeholme', 'Dummerton', 'Exampleton', 'Madeupworth', 'Pretendale',
  'Notrealby', 'Synthmoor', 'Benchley', 'Fakenham-Lowe', 'Imaginsworth', 'Stubbington', 'Fixturedale', 'Loremley', 'Ipsumford',
];
const STAFF = ['Officer', 'Worker', 'Nurse', 'Visitor', 'Adviser', 'Practitioner', 'Lead', 'Manager'];
const VENUES = ['Room 1, Civic Offices (fictional)', 'Online', 'Family Centre (fictional)', 'Room 4, Town Hall (fictional)'];
const ACTORS = ['The health visitor', 'The school', 'The social worker', 'Police', 'The GP', 'Mum', 'Dad', 'The midwife', 'Nan'];
const VERBS = ['said', 'reported', 'noticed', 'explained', 'worried', 'confirmed', 'told the conference', 'shared'];
const CLAUSES = [
  'the children attend school most days',
  'home conditions have improved since the last visit',
  'there was an argument at home last weekend',
  'the baby is gaining weight as expected',
  'appointments were missed in the spring',
  'the family has support from the wider network',
  'the children seemed quiet and tired in class',
  'the bedroom was cold and had no working heating',
  'a neighbour heard shouting late at night',
  'the parents are working with the drug and alcohol service',
  'the eldest is a young carer for a younger sibling',
  'the tenancy is at risk because of rent arrears',
  'the children say they feel safe with their grandmother',
  'a bruise was seen on the arm and explained as a fall',
  'the family did not answer the door on two visits',
  'nursery attendance is good and the child is settled',
];
const TAILS = ['', ' This is a worry.', ' This is going well.', ' We need to know more.', ' The family agree.', ' The family disagree.'];

/** A small, fast, seeded generator, so the caseload is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  /** Shaped like a version 4 UUID, as the contract requires. */
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  return { next, int, pick, uuid };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function generateCaseload(db: Db, seed: number): Omit<Manifest, 'key'> {
  const r = random(seed);
  const at = new Date().toISOString();
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);

  const insertProfessional = db.prepare(
    `INSERT INTO professional (id, name, role, agency, organisation, email, created_at, updated_at) VALUES (?, ?, ?, ?, '', '', ?, ?)`,
  );
  const insertFamily = db.prepare('INSERT INTO family (id, created_at) VALUES (?, ?)');
  const insertChild = db.prepare(
    `INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMember = db.prepare(
    `INSERT INTO family_member (id, family_id, kind, given_name, family_name, lives_in_household, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRelationship = db.prepare(
    'INSERT INTO relationship (family_member_id, child_id, relationship, parental_responsibility) VALUES (?, ?, ?, ?)',
  );
  const insertConference = db.prepare(
    `INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at, trigger_date, mode, venue,
       chair_id, chair_role_label, lead_practitioner_id, minute_taker_id, previous_conference_id)
     VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, 'LCPP', ?, ?, ?)`,
  );
  const insertAgenda = db.prepare('INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?, ?)');
  const insertInvitation = db.prepare(
    `INSERT INTO invitation (id, conference_id, professional_id, family_member_id, response, direct_contact, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertReport = db.prepare(
    `INSERT INTO agency_report (id, conference_id, professional_id, received_date, shared_with_family, shared_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertContribution = db.prepare(
    `INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'bench')`,
  );
  const finalise = db.prepare(`UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time, finalised_at = ?, finalised_by = 'bench' WHERE id = ?`);

  // Professionals: the first CHAIRS are the chairs.
  const professionals: string[] = [];
  const chairIds: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < PROFESSIONALS; i += 1) {
      const id = r.uuid();
      const chair = i < CHAIRS;
      const agency = chair ? 'childrens-social-care' : r.pick(AGENCIES);
      insertProfessional.run(id, `${r.pick(GIVEN)} ${r.pick(FAMILY)}`, chair ? 'Child protection chair' : `${r.pick(STAFF)}`, agency, at, at);
      if (chair) chairIds.push(id);
      else professionals.push(id);
    }
  })();

  // How many contributions each conference gets: the latest conference of a few families gets
  // 300, the others share the rest, so the total is exact.
  const conferencesPerFamily = CASELOAD_SIZE.conferences / CASELOAD_SIZE.families;
  const bigFamilies = new Set(Array.from({ length: BIG_CONFERENCES }, (_, i) => Math.floor((i * CASELOAD_SIZE.families) / BIG_CONFERENCES)));
  const isBig = (index: number) => index % conferencesPerFamily === conferencesPerFamily - 1 && bigFamilies.has(Math.floor(index / conferencesPerFamily));
  const rest = CASELOAD_SIZE.contributions - BIG_CONFERENCES * BIG_CONFERENCE_CONTRIBUTIONS;
  const ordinary = CASELOAD_SIZE.conferences - BIG_CONFERENCES;
  const perConference: number[] = [];
  let ordinal = 0;
  for (let i = 0; i < CASELOAD_SIZE.conferences; i += 1) {
    if (isBig(i)) {
      perConference.push(BIG_CONFERENCE_CONTRIBUTIONS);
    } else {
      perConference.push(Math.floor(rest / ordinary) + (ordinal < rest % ordinary ? 1 : 0));
      ordinal += 1;
    }
  }
  let bigConferenceId = '';
  let bigAgendaItemId = '';
  const toFinalise: string[] = [];

  const familyBatch = 100;
  for (let start = 0; start < CASELOAD_SIZE.families; start += familyBatch) {
    db.transaction(() => {
      for (let f = start; f < Math.min(start + familyBatch, CASELOAD_SIZE.families); f += 1) {
        const familyId = r.uuid();
        const surname = r.pick(FAMILY);
        insertFamily.run(familyId, at);
        const children: string[] = [];
        const childCount = r.int(1, 4);
        for (let c = 0; c < childCount; c += 1) {
          const id = r.uuid();
          const unborn = c === childCount - 1 && r.next() < 0.05;
          const born = isoDay(today - r.int(30, 17 * 365) * DAY_MS);
          insertChild.run(id, familyId, unborn ? '' : r.pick(GIVEN), surname, unborn ? null : born, unborn ? isoDay(today + r.int(20, 150) * DAY_MS) : null, c, at, at);
          children.push(id);
        }
        const members: string[] = [];
        const memberCount = r.int(2, 5);
        for (let m = 0; m < memberCount; m += 1) {
          const id = r.uuid();
          const kind = m < 2 ? 'parent-or-carer' : r.pick(['family-network', 'friend']);
          insertMember.run(id, familyId, kind, r.pick(GIVEN), m < 2 ? surname : r.pick(FAMILY), m < 2 ? 1 : 0, m, at, at);
          for (const child of children) insertRelationship.run(id, child, m === 0 ? 'Mother' : m === 1 ? 'Father' : 'Family friend', m < 2 ? 1 : 0);
          members.push(id);
        }

        // The family's conferences: an initial one, then reviews, each counted from the one before.
        let previousId: string | null = null;
        let previousDate = today - r.int(60, 3 * 365) * DAY_MS;
        for (let k = 0; k < conferencesPerFamily; k += 1) {
          const index = f * conferencesPerFamily + k;
          const last = k === conferencesPerFamily - 1;
          const type: ConferenceType = k === 0 ? r.pick(['initial', 'initial', 'pre-birth-initial', 'transfer-in']) : 'review';
          const trigger = isoDay(previousDate);
          const gap = k === 0 ? r.int(5, 20) : r.int(80, 190);
          const scheduled = last ? today + r.int(-10, 60) * DAY_MS : previousDate + gap * DAY_MS;
          const id = r.uuid();
          const chair = r.pick(chairIds);
          const lead = r.pick(professionals);
          insertConference.run(id, familyId, type, isoDay(scheduled), `${r.pick(['09', '10', '11', '13', '14'])}:${r.pick(['00', '30'])}`, at, at,
            trigger, r.pick(['in-person', 'online', 'hybrid']), r.pick(VENUES), chair, lead, null, previousId);

          const agenda = defaultAgenda(type).map((item, position) => {
            const itemId = r.uuid();
            insertAgenda.run(itemId, id, position, item.kind, item.title, item.plannedMinutes);
            return itemId;
          });
          const invited = Array.from({ length: 6 }, () => r.pick(professionals));
          const seen = new Set<string>();
          for (const p of invited) {
            if (seen.has(p)) continue;
            seen.add(p);
            insertInvitation.run(r.uuid(), id, p, null, r.pick(['attending-in-person', 'attending-online', 'apologies', 'awaiting']), at, at);
          }
          const speakers = [...seen];
          for (const p of speakers.slice(0, 3)) {
            const shared = r.next() < 0.7;
            insertReport.run(r.uuid(), id, p, isoDay(scheduled - 7 * DAY_MS), shared ? 'yes' : 'not-yet', shared ? isoDay(scheduled - 3 * DAY_MS) : null, at, at);
          }
          for (const member of members.slice(0, 2)) insertInvitation.run(r.uuid(), id, null, member, 'attending-in-person', at, at);

          const count = perConference[index] ?? 0;
          for (let n = 0; n < count; n += 1) {
            const speaker =
              r.next() < 0.7 ? { kind: 'professional', professionalId: r.pick(speakers) } : r.next() < 0.5 ? { kind: 'chair' } : { kind: 'family-member', familyMemberId: r.pick(members) };
            const roll = r.next();
            const restriction =
              roll < 0.04 ? { level: 'not-for-family', reason: 'police-investigation' } : roll < 0.05 ? { level: 'not-for-named', reason: 'risk', familyMemberIds: [members[0]] } : { level: 'none' };
            const text = `${r.pick(ACTORS)} ${r.pick(VERBS)} that ${r.pick(CLAUSES)}, and ${r.pick(CLAUSES)}.${r.pick(TAILS)}`;
            const minute = 10 + Math.floor((n * 100) / Math.max(count, 1));
            const spokenAt = `${String(10 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
            const created = new Date(scheduled + n * 15_000).toISOString();
            insertContribution.run(r.uuid(), id, agenda[Math.min(agenda.length - 1, Math.floor((n * agenda.length) / count))], JSON.stringify(speaker),
              r.pick(['information', 'information', 'family-view', 'analysis', 'question']), text, spokenAt, JSON.stringify(restriction), created, created);
          }
          if (isBig(index) && bigConferenceId === '') {
            bigConferenceId = id;
            bigAgendaItemId = agenda[5] ?? agenda[0] ?? '';
          }
          if (!last) toFinalise.push(id);
          previousId = id;
          previousDate = scheduled;
        }
      }
    })();
  }
  // Earlier conferences are signed off, as they would be; only the latest of each family is open.
  db.transaction(() => {
    for (const id of toFinalise) finalise.run(at, id);
  })();
  db.pragma('optimize');
  return { bigConferenceId, bigAgendaItemId, chairIds };
}
