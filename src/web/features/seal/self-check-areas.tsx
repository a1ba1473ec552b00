import './seal.css';
import { Accordion, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import { formatDay, localised } from './self-check-format';
import { evidenceFileUrl } from './self-check-queries';
import type { AreaCheck, CriterionCheck, EvidenceItem, SelfCheck } from './self-check-types';

/** Met or not, in words and colour (the colour alone would say nothing to a screen reader or in print). */
export function MetBadge({ met, yes, no }: { met: boolean; yes: string; no: string }) {
  return (
    // Dark shades only: 4.5:1 for the white text of the filled badge and the red text of the outline one.
    <Badge color={met ? 'teal.9' : 'red.9'} variant={met ? 'filled' : 'outline'} radius="sm" tt="none">
      {met ? yes : no}
    </Badge>
  );
}

function EvidenceLine({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const dates = [
    item.from ? t('sealCheck.evidence.from', { date: formatDay(item.from) }) : null,
    item.until ? t('sealCheck.evidence.until', { date: formatDay(item.until) }) : null,
  ].filter(Boolean);
  return (
    <li>
      <Text size="sm" span c="dimmed">
        {t(`sealCheck.evidence.kind.${item.kind}`)}:{' '}
      </Text>
      <AppLink href={item.link} size="sm">
        {item.title}
      </AppLink>
      {dates.length > 0 && (
        <Text size="sm" span c="dimmed">
          {' '}
          ({dates.join(', ')})
        </Text>
      )}
      {item.hasFile && (
        <>
          {' · '}
          <Anchor size="sm" href={evidenceFileUrl(item.id)} target="_blank">
            {t('sealCheck.evidence.file')}
          </Anchor>
        </>
      )}
      {item.expiresBeforeDue && (
        <Badge ml="xs" color="violet.9" variant="outline" radius="sm" size="sm" tt="none">
          {t('sealCheck.evidence.expiresBeforeDue')}
        </Badge>
      )}
    </li>
  );
}

/** A Verbund's evidence per facility (issue 19 §4); a single centre's as one list. */
function EvidenceList({ criterion, perFacility }: { criterion: CriterionCheck; perFacility: boolean }) {
  const { t } = useTranslation();
  if (criterion.evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('sealCheck.criterion.noEvidence')}
      </Text>
    );
  }
  const label = t('sealCheck.criterion.evidence', { code: criterion.code });
  if (!perFacility) {
    return (
      <ul className="seal-evidence" aria-label={label}>
        {criterion.evidence.map((item) => (
          <EvidenceLine key={`${item.kind}-${item.id}`} item={item} />
        ))}
      </ul>
    );
  }
  const facilities = new Map<string, { name: string; items: EvidenceItem[] }>();
  for (const item of criterion.evidence) {
    const entry = facilities.get(item.facility.id) ?? { name: item.facility.name, items: [] };
    entry.items.push(item);
    facilities.set(item.facility.id, entry);
  }
  return (
    <ul className="seal-evidence" aria-label={label}>
      {[...facilities].map(([id, facility]) => (
        <li key={id}>
          <Text size="sm" fw={600}>
            {facility.name}
          </Text>
          <ul className="seal-evidence">
            {facility.items.map((item) => (
              <EvidenceLine key={`${item.kind}-${item.id}`} item={item} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function CriterionRow({ criterion, perFacility }: { criterion: CriterionCheck; perFacility: boolean }) {
  const { t, i18n } = useTranslation();
  const hint = localised(i18n.language, criterion.hintDe, criterion.hintEn);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>{criterion.code}</Text>
          <Text fw={600} style={{ flex: '1 1 14rem' }}>
            {localised(i18n.language, criterion.titleDe, criterion.titleEn)}
          </Text>
          <Badge variant="outline" color="gray.8" radius="sm" tt="none">
            {t(`sealCheck.criterion.${criterion.kind}`)}
          </Badge>
          <MetBadge
            met={criterion.met}
            yes={t('sealCheck.criterion.met')}
            no={t('sealCheck.criterion.notMet')}
          />
        </Group>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        <EvidenceList criterion={criterion} perFacility={perFacility} />
      </Stack>
    </Paper>
  );
}

function AreaControl({ area }: { area: AreaCheck }) {
  const { t, i18n } = useTranslation();
  // Inside the accordion's button: phrasing content only (spans), laid out by seal.css.
  return (
    <span className="seal-area-control">
      <span className="seal-area-title">
        <Text span fw={700}>
          {t('sealCheck.areas.area', {
            number: area.number,
            name: localised(i18n.language, area.nameDe, area.nameEn),
          })}
        </Text>
        <MetBadge met={area.met} yes={t('sealCheck.areas.met')} no={t('sealCheck.areas.notMet')} />
      </span>
      <Text span size="sm" c="dimmed">
        {t('sealCheck.areas.counts', {
          basic: area.basicMet,
          minBasic: area.minBasic,
          advanced: area.advancedMet,
          minAdvanced: area.minAdvanced,
        })}
        {area.minimumsEstimated ? ` · ${t('sealCheck.areas.estimated')}` : ''}
      </Text>
    </span>
  );
}

/**
 * The areas as an accordion: each control names the area with its status and counts, so the page reads as a
 * summary; the areas not met are open at first, since that is where the work is.
 */
export function AreasSection({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  const perFacility = check.subject.type === 'network';
  const open = check.areas.filter((a) => !a.met).map((a) => String(a.number));
  return (
    <section aria-labelledby="seal-areas-heading">
      <Title order={2} size="h3" id="seal-areas-heading" mb="sm">
        {t('sealCheck.areas.heading')}
      </Title>
      <Accordion multiple defaultValue={open} variant="separated" order={3}>
        {check.areas.map((area) => (
          <Accordion.Item key={area.number} value={String(area.number)}>
            <Accordion.Control>
              <AreaControl area={area} />
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm">
                  {t(`sealCheck.areas.${area.kind}`)}
                  {area.minimumsEstimated ? ` – ${t('sealCheck.areas.estimatedHint')}` : ''}
                </Text>
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                  {area.criteria.map((criterion) => (
                    <CriterionRow key={criterion.code} criterion={criterion} perFacility={perFacility} />
                  ))}
                </Stack>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </section>
  );
}
