import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../components/card-list';
import { AppLink } from './app-link';
import type { SelfCheck } from './self-check-types';

/**
 * "Was fehlt": each unmet criterion (or area minimum) with the suggested next step as a link. The step is the
 * link's text, so a screen reader's list of links reads as a to-do list.
 */
export function MissingSection({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="seal-missing-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="seal-missing-heading">
          {t('sealCheck.missing.heading')}
        </Title>
        {check.missing.length === 0 ? (
          <Text>{t('sealCheck.missing.none')}</Text>
        ) : (
          <CardList labelledBy="seal-missing-heading">
            {check.missing.map((gap) => (
              <Paper
                component="li"
                key={`${gap.area}-${gap.code ?? 'area'}-${gap.message}`}
                withBorder
                p="sm"
                radius="sm"
              >
                <Text size="sm" c="dimmed">
                  {gap.code
                    ? t('sealCheck.missing.criterion', { code: gap.code })
                    : t('sealCheck.missing.area', { area: gap.area })}
                </Text>
                <Text fw={600}>{gap.message}</Text>
                <AppLink href={gap.link}>{gap.step}</AppLink>
              </Paper>
            ))}
          </CardList>
        )}
      </Stack>
    </Paper>
  );
}

/** Agreements that ended, offerings outside the period, evidence expiring before the due date, a due date near. */
export function WarningsSection({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  if (check.warnings.length === 0) return null;
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="seal-warnings-heading"
      className="seal-warnings"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="seal-warnings-heading">
          {t('sealCheck.warnings.heading')}
        </Title>
        <ul className="seal-evidence" aria-labelledby="seal-warnings-heading">
          {check.warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.message}`}>
              <Text span>{warning.message}</Text>
              {warning.criteria.length > 0 && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  ({t('sealCheck.warnings.criteria', { codes: warning.criteria.join(', ') })})
                </Text>
              )}
              {warning.link && (
                <>
                  {' '}
                  <AppLink href={warning.link} size="sm">
                    {t('sealCheck.warnings.open')}
                  </AppLink>
                </>
              )}
            </li>
          ))}
        </ul>
      </Stack>
    </Paper>
  );
}
