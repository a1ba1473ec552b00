import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { cooperationModels } from './schema';
import { buildCooperationWorld, type CooperationWorld } from './test-world';

let t: TestApp;
let w: CooperationWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildCooperationWorld(t);
});

const list = (cookie?: string) => t.request({ method: 'GET', url: '/api/v1/cooperation-models', cookie });
const create = (payload: object, cookie: string) =>
  t.request({ method: 'POST', url: '/api/v1/cooperation-models', payload, cookie });
const keys = (res: { json(): { items: { key: string }[] } }) => res.json().items.map((i) => i.key);

const breakfast = (municipalityId: string | null, key = 'family_breakfast') => ({
  key,
  municipalityId,
  nameDe: 'Familienfrühstück mit Beratung',
  nameEn: 'Family breakfast with counselling',
  typicalHoursPerMonth: 3,
  offeringFormats: ['open_cafe'],
});

describe('cooperation models', () => {
  it('lists the six built-in models to every signed-in person, none to nobody', async () => {
    expect((await list()).statusCode).toBe(401);
    const res = await list(w.people.centreStaff);
    expect(res.statusCode).toBe(200);
    expect(keys(res)).toEqual([
      'referral',
      'consultation_hour',
      'joint_offering',
      'course_in_centre',
      'framework_basic',
      'pooled_capacity',
    ]);
    expect(res.json().items[1]).toMatchObject({ name: 'Sprechstunde im Familienzentrum', builtIn: true });
    expect(res.json().permissions).toEqual({ createInstanceWide: false, createForMunicipalityIds: [] });
  });

  it('lets a planner add a model for his municipality, seen only there', async () => {
    const res = await create(breakfast(w.m.id), w.people.planner);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: 'family_breakfast', builtIn: false, typicalHoursPerMonth: 3 });
    expect(keys(await list(w.people.centreStaff))).toContain('family_breakfast');
    expect(keys(await list(w.people.plannerElsewhere))).not.toContain('family_breakfast');
    expect(keys(await list(w.people.instanceAdmin))).toContain('family_breakfast');
  });

  it('refuses other planners and centre leads; instance admins add instance-wide models', async () => {
    expect((await create(breakfast(w.m.id, 'other'), w.people.plannerElsewhere)).statusCode).toBe(403);
    expect((await create(breakfast(w.m.id, 'other'), w.people.centreLead)).statusCode).toBe(403);
    expect((await create(breakfast(null, 'other'), w.people.planner)).statusCode).toBe(403);
    const res = await create(breakfast(null, 'instance_breakfast'), w.people.instanceAdmin);
    expect(res.statusCode).toBe(201);
    expect(keys(await list(w.people.plannerElsewhere))).toContain('instance_breakfast');
  });

  it('bad input writes nothing: unknown format, unknown template, taken key', async () => {
    const before = await t.db.select().from(cooperationModels);
    const format = await create(
      { ...breakfast(w.m.id, 'x_format'), offeringFormats: ['juggling'] },
      w.people.planner,
    );
    expect(format.statusCode).toBe(422);
    expect(format.json().errors[0].path).toBe('offeringFormats.0');
    const template = await create(
      { ...breakfast(w.m.id, 'x_template'), agreementTemplateKey: 'no_such_template' },
      w.people.planner,
    );
    expect(template.statusCode).toBe(422);
    expect(template.json().errors[0].path).toBe('agreementTemplateKey');
    const taken = await create(breakfast(w.m.id), w.people.planner);
    expect(taken.statusCode).toBe(422);
    expect(taken.json().errors[0].path).toBe('key');
    expect(await t.db.select().from(cooperationModels)).toHaveLength(before.length);
  });

  it('a municipal model is usable only by cooperations of that municipality', async () => {
    const [model] = await t.db
      .select()
      .from(cooperationModels)
      .where(eq(cooperationModels.key, 'family_breakfast'));
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/cooperations/${w.cooperationId}`,
      payload: { version: 0, modelId: model?.id },
      cookie: w.people.centreLead,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().model.key).toBe('family_breakfast');
  });
});
