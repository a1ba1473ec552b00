import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useKinds } from '../directory/queries';
import { ImportSection } from './catalogue-import';
import {
  type Area,
  type Criterion,
  type Edition,
  type EditionList,
  useEdition,
  useEditions,
} from './catalogue-queries';

const route = getRouteApi('/guetesiegel/katalog');

/** /guetesiegel/katalog: an edition's areas and criteria in words; instance admins import new editions. */
export function CataloguePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const editions = useEditions();
  const edition = useEdition(search.edition);
  return (
    <Page title={t('sealCatalogue.title')}>
      <Text maw={760}>{t('sealCatalogue.intro')}</Text>
      <Anchor component={Link} to="/guetesiegel">
        {t('sealCatalogue.selfCheckLink')}
      </Anchor>
      <QueryView query={editions}>
        {(list) => (
          <Stack gap="lg">
            <EditionChoice list={list} chosen={edition.data?.id} />
            <QueryView query={edition}>{(e) => <EditionView edition={e} />}</QueryView>
            {list.permissions.importEdition && <ImportSection shown={edition.data} />}
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}

function EditionChoice({ list, chosen }: { list: EditionList; chosen: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/guetesiegel/katalog' });
  return (
    <SelectField
      label={t('sealCatalogue.edition')}
      value={chosen ?? ''}
      onChange={(e) =>
        void navigate({ search: { edition: e.currentTarget.value || undefined }, replace: true })
      }
      options={list.editions.map((e) => ({
        value: e.id,
        label: `${t('sealCatalogue.editionOption', { key: e.key, title: e.title })}${e.current ? ` (${t('sealCatalogue.current')})` : ''}`,
      }))}
    />
  );
}

function EditionView({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const estimated = edition.areas.some((a) => a.minimumsEstimated);
  return (
    <Stack gap="md">
      <Group gap="xs">
        {edition.current && (
          <Badge variant="outline" color="teal.9" tt="none">
            {t('sealCatalogue.current')}
          </Badge>
        )}
        {edition.builtIn && (
          <Badge variant="outline" color="gray.8" tt="none">
            {t('sealCatalogue.builtIn')}
          </Badge>
        )}
        <Text size="sm">{t('sealCatalogue.criteriaCount', { count: edition.criteria.length })}</Text>
      </Group>
      {!edition.current && <Text size="sm">{t('sealCatalogue.notCurrent')}</Text>}
      {estimated && (
        <Text size="sm" maw={760}>
          {t('sealCatalogue.estimatedNote')}
        </Text>
      )}
      {edition.areas.map((area) => (
        <AreaSection
          key={area.number}
          area={area}
          criteria={edition.criteria.filter((c) => c.area === area.number)}
        />
      ))}
    </Stack>
  );
}

function AreaSection({ area, criteria }: { area: Area; criteria: Criterion[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const name = i18n.language === 'en' ? area.nameEn : area.nameDe;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('sealCatalogue.areaHeading', { number: area.number, name })}
      </Title>
      <Group gap="xs" mt={4} mb="sm">
        <Badge variant="light" tt="none">
          {t(`sealCatalogue.${area.kind}`)}
        </Badge>
        <Text size="sm">
          {t('sealCatalogue.minimums', { basic: area.minBasic, advanced: area.minAdvanced })}
          {area.minimumsEstimated && (
            <>
              {' '}
              {/* Plain bold text: a coloured badge inside small text missed the contrast ratio. */}
              <Text component="span" size="sm" fw={700} title={t('sealCatalogue.estimatedTitle')}>
                ({t('sealCatalogue.estimated')})
              </Text>
            </>
          )}
        </Text>
      </Group>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {criteria.map((c) => (
          <CriterionItem key={c.code} criterion={c} />
        ))}
      </Stack>
    </Paper>
  );
}

function CriterionItem({ criterion: c }: { criterion: Criterion }) {
  const { t, i18n } = useTranslation();
  const kinds = useKinds();
  const en = i18n.language === 'en';
  const kindLabel = (key: string) => {
    const kind = kinds.data?.find((k) => k.key === key);
    return kind ? (en ? kind.labelEn : kind.labelDe) : key;
  };
  const hint = en ? c.hintEn : c.hintDe;
  return (
    <li data-code={c.code}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={700} miw="2.5em">
          {c.code}
        </Text>
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{en ? c.titleEn : c.titleDe}</Text>
            <Badge size="sm" tt="none" variant={c.kind === 'basic' ? 'light' : 'outline'}>
              {t(`sealCatalogue.${c.kind}`)}
            </Badge>
          </Group>
          {hint && <Text size="sm">{hint}</Text>}
          <Text size="sm">
            {t('sealCatalogue.counts')} {c.evidence.map((e) => t(`sealCatalogue.evidence.${e}`)).join('; ')}
            {c.partnerKinds.length > 0 &&
              ` (${t('sealCatalogue.partners', { kinds: c.partnerKinds.map(kindLabel).join(', ') })})`}
          </Text>
        </Stack>
      </Group>
    </li>
  );
}
