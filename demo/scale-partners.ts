import { addProvider, centralDistrict, contact, type ScaleState, siteIn } from './scale-builder';
import {
  allocate,
  type OrganizationRow,
  type Provider,
  type Site,
  type Town,
  welfareTemplates,
} from './scale-model';
import {
  type NameContext,
  type PartnerTemplate,
  partnerDescriptions,
  partnerKindWeights,
  partnerTemplates,
} from './scale-names';

/** Partners of every kind, spread over the towns, each with a Träger (sometimes one of their own). */
export function addPartners(s: ScaleState, total: number): void {
  const { random } = s;
  const partnersPerTown = allocate(
    total,
    s.towns.map((t) => t.weight * random.between(0.8, 1.2)),
    0,
  );
  s.towns.forEach((town, t) => {
    const usedNames = new Set<string>();
    // The welfare Träger as they were before this town's partners: Träger founded for a partner do not count.
    const welfare = town.others.filter((p) => p.family !== 'ev' && p.family !== 'kath');
    for (let p = 0; p < (partnersPerTown[t] ?? 0); p++) addPartner(s, town, welfare, usedNames);
  });
}

function addPartner(s: ScaleState, town: Town, welfare: Provider[], usedNames: Set<string>): void {
  const { random, ids } = s;
  const kind = random.weighted(partnerKindWeights);
  const template = random.pick(partnerTemplates[kind]);
  const district = random.pick(town.districts);
  const site = siteIn(s, town, district);
  const ctx = {
    city: town.name,
    district: district.name,
    street: site.street.replace(/ \d+$/, ''),
    random,
  };
  let name = template.name(ctx);
  if (usedNames.has(name)) name = `${name} – Standort ${district.name}`;
  for (let n = 2; usedNames.has(name); n++) name = `${template.name(ctx)} (${n})`;
  usedNames.add(name);
  const owner = partnerOwner(s, town, welfare, template, ctx, name, site);
  const row: OrganizationRow = {
    id: ids.uuid(),
    type: 'partner',
    name,
    providerId: owner.id,
    municipalityId: town.id,
    description: partnerDescriptions[kind],
    ...site,
    ...contact(name, town),
  };
  s.partnerRows.push(row);
  s.partnerKinds.set(row.id, kind);
}

function partnerOwner(
  s: ScaleState,
  town: Town,
  welfare: Provider[],
  template: PartnerTemplate,
  ctx: NameContext,
  partnerName: string,
  site: Site,
): Provider {
  const { random } = s;
  const owner = template.owner;
  if (owner === 'city') return town.city;
  if (owner === 'welfare') return welfare.length > 0 ? random.pick(welfare) : town.city;
  if (owner === 'own') {
    // Practices, clubs and independent groups are their own Träger.
    const name = template.providerName?.(ctx, partnerName) ?? `Träger ${partnerName} e.V.`;
    return addProvider(s, town, 'ggmbh', name, {
      ...site,
      phone: `${town.phoneArea} ${random.int(10_000, 999_999)}`,
    });
  }
  const matching = town.others.filter((p) => owner.some((family) => family === p.family));
  if (matching.length > 0) return random.pick(matching);
  // No such church Träger yet: found one, so later partners of the same kind share it.
  const family = owner[0];
  const make =
    welfareTemplates.find(([f]) => f === family)?.[1] ?? ((city: string) => `Kirchengemeinde ${city}`);
  const created = addProvider(
    s,
    town,
    family,
    make(town.name, random),
    siteIn(s, town, centralDistrict(town)),
  );
  town.others.push(created);
  return created;
}
