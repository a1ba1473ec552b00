import './offerings.css';
import './work-messages';
import { Alert } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { Loading, ProblemAlert } from '../../components/problem-alert';
import { useMe } from '../session/queries';
import { emptyValues, fromOffering, toBody } from './form-model';
import { OfferingForm } from './offering-form';
import { useCreateOffering, useOffering, useOfferingOptions, useUpdateOffering } from './queries';

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
      {options.isPending ? (
        <Loading />
      ) : options.isError ? (
        <ProblemAlert error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <OfferingForm
          initialValues={emptyValues(organizationId)}
          organizations={options.data.organizations}
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
    </Page>
  );
}

export function EditOfferingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = editRoute.useParams();
  const offering = useOffering(id);
  const options = useOfferingOptions();
  const update = useUpdateOffering(id);
  // After a 409 the form restarts from the freshly loaded offering (a new key remounts it).
  const [formKey, setFormKey] = useState(0);
  const eyebrow = (
    <AnchorLink to="/angebote/verwalten/$id" params={{ id }} size="sm">
      {offering.data?.title ?? t('offerings.work.back')}
    </AnchorLink>
  );
  if (offering.isPending || options.isPending)
    return (
      <Page title={t('offerings.form.editTitle')} eyebrow={eyebrow}>
        <Loading />
      </Page>
    );
  if (offering.isError || options.isError)
    return (
      <Page title={t('offerings.form.editTitle')} eyebrow={eyebrow}>
        <ProblemAlert error={offering.error ?? options.error} />
      </Page>
    );
  const current = offering.data;
  // Organisers without membership in the options (e.g. of another municipality) still need a name in the select.
  const known = new Set(options.data.organizations.map((o) => o.id));
  const organizations = [
    ...options.data.organizations,
    ...current.organizers
      .filter((o) => !known.has(o.organizationId))
      .map((o) => ({ id: o.organizationId, name: o.organizationName, type: 'partner' })),
  ];
  return (
    <Page
      title={t('offerings.form.editTitle')}
      documentTitle={`${current.title} – ${t('offerings.form.editTitle')}`}
      eyebrow={eyebrow}
    >
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
          void offering.refetch().then(() => {
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
    </Page>
  );
}
