import './offerings.css';
import { Alert } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { emptyValues, fromOffering, toBody } from './form-model';
import { OfferingForm } from './offering-form';
import { useCreateOffering, useOffering, useOfferingOptions, useUpdateOffering } from './queries';
import type { Offering, OfferingOptions } from './types';

const createRoute = getRouteApi('/angebote/verwalten/neu');
const editRoute = getRouteApi('/angebote/verwalten/$id/bearbeiten');

export function CreateOfferingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org } = createRoute.useSearch();
  const { data: me } = useMe();
  const options = useOfferingOptions();
  const create = useCreateOffering();
  const organizationId = org ?? me?.memberships[0]?.organizationId ?? '';
  const eyebrow = (
    <AnchorLink to="/angebote/verwalten" size="sm">
      {t('offerings.work.back')}
    </AnchorLink>
  );
  return (
    <Page title={t('offerings.form.createTitle')} eyebrow={eyebrow}>
      <QueryView query={options}>
        {(data) => (
          <OfferingForm
            initialValues={emptyValues(organizationId)}
            organizations={data.organizations}
            submitLabel={t('offerings.form.create')}
            error={create.error}
            isPending={create.isPending}
            onSubmit={(values, setServerErrors) =>
              create.mutate(toBody(values), {
                onSuccess: (offering) =>
                  void navigate({ to: '/angebote/verwalten/$id', params: { id: offering.id } }),
                onError: setServerErrors,
              })
            }
            onCancel={() => void navigate({ to: '/angebote/verwalten' })}
          />
        )}
      </QueryView>
    </Page>
  );
}

function EditForm({
  current,
  options,
  onReload,
}: {
  current: Offering;
  options: OfferingOptions;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = current;
  const update = useUpdateOffering(id);
  // After a 409 the form restarts from the freshly loaded offering (a new key remounts it).
  const [formKey, setFormKey] = useState(0);
  // Organisers without membership in the options (e.g. of another municipality) still need a name in the select.
  const known = new Set(options.organizations.map((o) => o.id));
  const organizations = [
    ...options.organizations,
    ...current.organizers
      .filter((o) => !known.has(o.organizationId))
      .map((o) => ({ id: o.organizationId, name: o.organizationName, type: 'partner' })),
  ];
  return (
    <OfferingForm
      key={formKey}
      initialValues={fromOffering(current)}
      organizations={organizations}
      submitLabel={t('offerings.form.save')}
      error={update.error}
      isPending={update.isPending}
      notice={
        current.changesNeedConsent ? (
          <Alert color="blue" variant="light">
            {t('offerings.form.consentAgain')}
          </Alert>
        ) : undefined
      }
      onReload={() =>
        void onReload().then(() => {
          update.reset();
          setFormKey((key) => key + 1);
        })
      }
      onSubmit={(values, setServerErrors) =>
        update.mutate(
          { ...toBody(values), version: current.version },
          {
            onSuccess: () => void navigate({ to: '/angebote/verwalten/$id', params: { id } }),
            onError: setServerErrors,
          },
        )
      }
      onCancel={() => void navigate({ to: '/angebote/verwalten/$id', params: { id } })}
    />
  );
}

export function EditOfferingPage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  const offering = useOffering(id);
  const options = useOfferingOptions();
  const title = t('offerings.form.editTitle');
  const eyebrow = (
    <AnchorLink to="/angebote/verwalten/$id" params={{ id }} size="sm">
      {offering.data?.title ?? t('offerings.work.back')}
    </AnchorLink>
  );
  const frame = (content: ReactNode) => (
    <Page title={title} eyebrow={eyebrow}>
      {content}
    </Page>
  );
  return (
    <QueryView query={offering} frame={frame}>
      {(current) => (
        <QueryView query={options} frame={frame}>
          {(optionsData) => (
            <Page title={title} documentTitle={`${current.title} – ${title}`} eyebrow={eyebrow}>
              <EditForm current={current} options={optionsData} onReload={offering.refetch} />
            </Page>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}
