import { Group, Select, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { type PlannableMunicipality, usePlannableMunicipalities } from './frame-queries';

/** The planning pages, in the order of the tab bar (each page's path and its label key). */
const tabs = [
  { to: '/planung', label: 'planning.tabs.overview' },
  { to: '/planung/karte', label: 'planning.tabs.map' },
  { to: '/planung/luecken', label: 'planning.tabs.gaps' },
  { to: '/planung/netzwerk', label: 'planning.tabs.network' },
  { to: '/planung/aufgaben', label: 'planning.tabs.tasks' },
  { to: '/planung/bericht', label: 'planning.tabs.report' },
  { to: '/planung/sozialraeume', label: 'planning.tabs.districts' },
  { to: '/planung/guetesiegel', label: 'planning.tabs.seal' },
] as const;

export type PlanningPath = (typeof tabs)[number]['to'];

interface PlanningFrameProps {
  /** This page's path: its tab is marked current and the switcher stays on it. */
  path: PlanningPath;
  title: string;
  /** The `municipality` search parameter of the page's route (validated there). */
  municipalityId: string | undefined;
  children: (municipality: PlannableMunicipality) => ReactNode;
}

/**
 * The frame of every page of the planning module: the heading, the municipality switcher (only when the
 * person plans more than one) and the tab bar, which keeps the chosen municipality. The page gets the
 * municipality with its districts; who plans none sees a short explanation (the server answers 403 anyway).
 */
export function PlanningFrame({ path, title, municipalityId, children }: PlanningFrameProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipalities = usePlannableMunicipalities();
  return (
    <Page title={title}>
      <QueryView query={municipalities}>
        {({ items }) => {
          const current = items.find((m) => m.id === municipalityId) ?? items[0];
          if (!current) return <Text>{t('planning.onlyPlanners')}</Text>;
          const search = { municipality: current.id };
          return (
            <Stack gap="lg">
              <nav aria-label={t('planning.tabs.label')}>
                <Group gap="xs" className="planning-tabs">
                  {tabs.map((tab) => (
                    <Link
                      key={tab.to}
                      to={tab.to}
                      search={search}
                      className="nav-link"
                      aria-current={tab.to === path ? 'page' : undefined}
                      activeOptions={{ exact: true, includeSearch: false }}
                    >
                      {t(tab.label)}
                    </Link>
                  ))}
                </Group>
              </nav>
              {items.length > 1 && (
                <Select
                  label={t('planning.municipality')}
                  data={items.map((m) => ({ value: m.id, label: m.name }))}
                  value={current.id}
                  onChange={(id) => id && void navigate({ to: path, search: { municipality: id } })}
                  allowDeselect={false}
                  searchable
                  maw={480}
                />
              )}
              {children(current)}
            </Stack>
          );
        }}
      </QueryView>
    </Page>
  );
}
