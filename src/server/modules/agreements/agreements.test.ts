import { execFileSync } from 'node:child_process';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { type AgreementWorld, buildAgreementWorld, consultationParties, TINY_PDF } from './test-factories';

let t: TestApp;
let w: AgreementWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
});

const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload && { payload }) });

/** The consultation hour of the acceptance tests at the stage a test starts from: each test makes its own. */
interface Consultation {
  id: string;
  partyIds: string[];
  version: number;
}

const COSTS_V2 = 'Die Raumnutzung ist unentgeltlich. Getränke stellt das Familienzentrum.';

async function consultationHourTemplateId(): Promise<string> {
  const templates = await api('GET', '/agreement-templates', w.people.sonnenblumeLead);
  return templates.json().items.find((x: { key: string }) => x.key === 'consultation_hour').id;
}

/** A draft from the consultation-hour template. */
async function createConsultation(): Promise<Consultation> {
  const res = await api('POST', '/agreements', w.people.sonnenblumeLead, {
    title: 'Offene Sprechstunde der Erziehungsberatung',
    templateId: await consultationHourTemplateId(),
    parties: consultationParties(w),
    term: { startDate: '2026-01-01', reviewDate: '2027-01-15', noticePeriodMonths: 3 },
  });
  expect(res.statusCode).toBe(201);
  const body = res.json();
  return { id: body.id, partyIds: body.parties.map((p: { id: string }) => p.id), version: body.version };
}

/** Services filled in, reviewed, ready for signature. */
async function readyConsultation(): Promise<Consultation> {
  const { id, partyIds, version } = await createConsultation();
  const edit = await api('PATCH', `/agreements/${id}`, w.people.sonnenblumeLead, {
    version,
    services: [
      {
        partyId: partyIds[1],
        service: 'Offene Sprechstunde',
        frequency: 'monthly',
        place: 'Familienzentrum',
        hoursPerMonth: 3,
      },
      { partyId: partyIds[0], service: 'Beratungsraum bereitstellen', frequency: 'monthly' },
    ],
    childProtectionChecks: [{ partyId: partyIds[1], checkedOn: '2025-11-03', checkedBy: 'Katharina Wolf' }],
  });
  expect(edit.statusCode).toBe(200);
  const review = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
    version: edit.json().version,
    to: 'in_review',
  });
  expect(review.statusCode).toBe(200);
  const ready = await api('POST', `/agreements/${id}/transitions`, w.people.counsellingLead, {
    version: review.json().version,
    to: 'ready_for_signature',
  });
  expect(ready.statusCode).toBe(200);
  return { id, partyIds, version: ready.json().version };
}

/** Signed by both parties (Katharina Wolf with a scan): version 1 is in force. */
async function signedConsultation(): Promise<Consultation> {
  const { id, partyIds, version } = await readyConsultation();
  const first = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
    version,
    partyId: partyIds[0],
    signerRole: 'Leitung Familienzentrum',
  });
  expect(first.statusCode).toBe(201);
  const second = await api('POST', `/agreements/${id}/signatures`, w.people.counsellingLead, {
    version,
    partyId: partyIds[1],
    signerName: 'Katharina Wolf',
    signerRole: 'Leitung Beratungsstelle',
    document: { fileName: 'unterschrieben.pdf', contentBase64: TINY_PDF.toString('base64') },
  });
  expect(second.statusCode).toBe(201);
  const signed = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
    version,
    to: 'signed',
  });
  expect(signed.statusCode).toBe(200);
  return { id, partyIds, version: signed.json().version };
}

/** Signed, then amended: version 2 changes the costs. */
async function amendedConsultation(): Promise<Consultation> {
  const { id, partyIds, version } = await signedConsultation();
  const amended = await api('PATCH', `/agreements/${id}`, w.people.sonnenblumeLead, {
    version,
    sections: { costs: COSTS_V2 },
  });
  expect(amended.statusCode).toBe(200);
  return { id, partyIds, version: amended.json().version };
}

describe('acceptance: consultation hour of the counselling centre in Sonnenblume', () => {
  it('the lead creates it from the consultation-hour template', async () => {
    const templates = await api('GET', '/agreement-templates', w.people.sonnenblumeLead);
    expect(templates.statusCode).toBe(200);
    const template = templates.json().items.find((x: { key: string }) => x.key === 'consultation_hour');
    expect(template.sections.childProtection).toContain('§ 72a');
    const res = await api('POST', '/agreements', w.people.sonnenblumeLead, {
      title: 'Offene Sprechstunde der Erziehungsberatung',
      templateId: template.id,
      parties: consultationParties(w),
      term: { startDate: '2026-01-01', reviewDate: '2027-01-15', noticePeriodMonths: 3 },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'draft',
      type: 'consultation_hour',
      currentVersion: 1,
      inForceVersion: null,
      permissions: { edit: true, transition: true, readContent: true },
    });
    expect(body.reference).toMatch(/^KV-\d{4}-\d{4}$/);
    expect(body.content.sections.dataProtection).toContain('DSGVO');
    const partyIds = body.parties.map((p: { id: string }) => p.id);
    // Template services are attached to the parties by position.
    expect(body.content.services[0]).toMatchObject({ partyId: partyIds[1], frequency: 'monthly' });
  });

  it('the lead fills in the services and sends it to review and signature', async () => {
    const { id, partyIds, version } = await createConsultation();
    const res = await api('PATCH', `/agreements/${id}`, w.people.sonnenblumeLead, {
      version,
      services: [
        {
          partyId: partyIds[1],
          service: 'Offene Sprechstunde',
          frequency: 'monthly',
          place: 'Familienzentrum',
          hoursPerMonth: 3,
        },
        { partyId: partyIds[0], service: 'Beratungsraum bereitstellen', frequency: 'monthly' },
      ],
      childProtectionChecks: [{ partyId: partyIds[1], checkedOn: '2025-11-03', checkedBy: 'Katharina Wolf' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().content.services).toHaveLength(2);
    const review = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version: res.json().version,
      to: 'in_review',
    });
    expect(review.json().status).toBe('in_review');
    const comment = await api('POST', `/agreements/${id}/comments`, w.people.counsellingLead, {
      version: review.json().version,
      section: 'rooms',
      body: 'Bitte einen Raum mit Tür, nicht den Flur.',
    });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({
      section: 'rooms',
      versionNumber: 1,
      organization: { id: w.counselling.id },
    });
    const ready = await api('POST', `/agreements/${id}/transitions`, w.people.counsellingLead, {
      version: review.json().version,
      to: 'ready_for_signature',
    });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().missingSignatures).toHaveLength(2);
  });

  it('"signed" is refused until both parties have signed, naming who is missing', async () => {
    const { id, partyIds, version } = await readyConsultation();
    const early = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version,
      to: 'signed',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Erziehungsberatungsstelle Musterstadt');
    // Someone who does not represent the party: the centre's lead for the counselling party, the centre's staff.
    const wrongParty = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
      version,
      partyId: partyIds[1],
      signerRole: 'Leitung',
    });
    expect(wrongParty.statusCode).toBe(403);
    const staff = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeStaff, {
      version,
      partyId: partyIds[0],
      signerRole: 'Fachkraft',
    });
    expect(staff.statusCode).toBe(403);
    const first = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
      version,
      partyId: partyIds[0],
      signerRole: 'Leitung Familienzentrum',
    });
    expect(first.statusCode).toBe(201);
    const half = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version,
      to: 'signed',
    });
    expect(half.statusCode).toBe(409);
    expect(half.json().detail).toContain('Erziehungsberatungsstelle Musterstadt');
    expect(half.json().detail).not.toContain('Familienzentrum Sonnenblume');
    const second = await api('POST', `/agreements/${id}/signatures`, w.people.counsellingLead, {
      version,
      partyId: partyIds[1],
      signerName: 'Katharina Wolf',
      signerRole: 'Leitung Beratungsstelle',
      document: { fileName: 'unterschrieben.pdf', contentBase64: TINY_PDF.toString('base64') },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().document).toMatchObject({ fileName: 'unterschrieben.pdf', size: TINY_PDF.length });
    const scan = await t.request({
      method: 'GET',
      url: second.json().document.url,
      cookie: w.people.sonnenblumeLead,
    });
    expect(scan.headers['content-type']).toContain('application/pdf');
    expect(scan.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const signed = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version,
      to: 'signed',
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', inForceVersion: 1, missingSignatures: [] });
  });

  it('editing the signed agreement creates version 2 and keeps version 1', async () => {
    const { id, version } = await signedConsultation();
    const res = await api('PATCH', `/agreements/${id}`, w.people.sonnenblumeLead, {
      version,
      sections: { costs: COSTS_V2 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'amended', currentVersion: 2, inForceVersion: 1 });
    const versions = await api('GET', `/agreements/${id}/versions`, w.people.counsellingLead);
    expect(versions.json().items).toMatchObject([
      { number: 2, status: 'draft', signatures: 0 },
      { number: 1, status: 'signed', signatures: 2 },
    ]);
    const v1 = await api('GET', `/agreements/${id}/versions/1`, w.people.counsellingLead);
    expect(v1.json().sections.costs).not.toContain('Getränke');
    const diff = await api('GET', `/agreements/${id}/versions/2/diff?against=1`, w.people.counsellingLead);
    const changed = diff
      .json()
      .sections.filter((s: { changed: boolean }) => s.changed)
      .map((s: { key: string }) => s.key);
    expect(changed).toEqual(['costs']);
  });

  it('document.pdf and document.docx contain both parties and the section titles', async () => {
    const { id } = await amendedConsultation();
    const pdf = await api('GET', `/agreements/${id}/document.pdf?version=1`, w.people.counsellingLead);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.rawPayload }).toString('utf8');
    for (const expected of [
      'Stadt Musterstadt',
      'Familienzentrum Sonnenblume',
      'Erziehungsberatungsstelle Musterstadt',
      'Datenschutz und Schweigepflicht',
      'Kinderschutz',
      'Laufzeit und Kündigung',
      'Katharina Wolf',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    const docx = await api('GET', `/agreements/${id}/document.docx`, w.people.sonnenblumeLead);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    for (const expected of [
      'Familienzentrum Sonnenblume',
      'Erziehungsberatungsstelle Musterstadt',
      'Öffentlichkeitsarbeit',
      'Getränke',
    ]) {
      expect(value).toContain(expected);
    }
  });

  it('the planner sees the metadata but not the content until it is shared; Regenbogen sees nothing', async () => {
    const { id } = await amendedConsultation();
    const seen = await api('GET', `/agreements/${id}`, w.people.planner);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      content: null,
      status: 'amended',
      permissions: { readContent: false },
    });
    expect(seen.json().parties).toHaveLength(2);
    expect((await api('GET', `/agreements/${id}/versions/1`, w.people.planner)).statusCode).toBe(403);
    expect((await api('GET', `/agreements/${id}/document.pdf`, w.people.planner)).statusCode).toBe(403);
    const list = await api('GET', `/agreements?party=${w.sonnenblume.id}`, w.people.planner);
    expect(list.json().items.map((a: { id: string }) => a.id)).toContain(id);

    const share = await api('PUT', `/agreements/${id}/sharing`, w.people.counsellingLead, {
      version: seen.json().version,
      sharedWithYouthOffice: true,
    });
    expect(share.statusCode).toBe(200);
    const shared = await api('GET', `/agreements/${id}`, w.people.planner);
    expect(shared.json().content.sections.costs).toContain('Getränke');

    for (const url of [
      `/agreements/${id}`,
      `/agreements/${id}/versions`,
      `/agreements/${id}/document.pdf`,
      `/agreements/${id}/comments`,
    ]) {
      expect((await api('GET', url, w.people.regenbogenLead)).statusCode).toBe(404);
    }
    const theirs = await api('GET', '/agreements', w.people.regenbogenLead);
    expect(theirs.json().items).toEqual([]);
  });
});
