import { Button, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useModels, useSaveCooperation } from './queries';
import type { Cooperation, CooperationModel } from './types';

/** What a model suggests: its description, the usual hours, the agreement template and offering formats. */
function ModelSuggestions({
  model,
}: {
  model: Pick<
    CooperationModel,
    'description' | 'typicalHoursPerMonth' | 'agreementTemplateKey' | 'offeringFormats'
  >;
}) {
  const { t } = useTranslation();
  const formats = model.offeringFormats.map((f) =>
    t(`offerings.format.${f as 'open_cafe'}`, { defaultValue: f }),
  );
  return (
    <Stack gap={2}>
      {model.description && <Text size="sm">{model.description}</Text>}
      {model.typicalHoursPerMonth !== null && (
        <Text size="sm">
          {t('cooperations.model.typicalHours', { hours: formatHours(model.typicalHoursPerMonth) })}
        </Text>
      )}
      {model.agreementTemplateKey && (
        <Text size="sm">{t('cooperations.model.template', { template: model.agreementTemplateKey })}</Text>
      )}
      {formats.length > 0 && (
        <Text size="sm">{t('cooperations.model.formats', { formats: formats.join(', ') })}</Text>
      )}
    </Stack>
  );
}

/** The cooperation's model: shown to everyone who sees it; chosen by the leads of either side. */
export function ModelSection({ cooperation }: { cooperation: Cooperation }) {
  const { t } = useTranslation();
  const headingId = useId();
  const models = useModels();
  const save = useSaveCooperation(cooperation.id);
  const [chosen, setChosen] = useState(cooperation.model?.id ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setChosen(cooperation.model?.id ?? ''), [cooperation.model?.id]);
  const selected = models.data?.items.find((m) => m.id === chosen);
  const errors = fieldErrorsOf(save.error, ['modelId']);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('cooperations.model.heading')}
        </Title>
        {!cooperation.permissions.changeModel ? (
          cooperation.model ? (
            <>
              <Text fw={600}>{cooperation.model.name}</Text>
              <ModelSuggestions model={cooperation.model} />
            </>
          ) : (
            <Text>{t('cooperations.model.none')}</Text>
          )
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setSaved(false);
              save.mutate(
                { version: cooperation.version, modelId: chosen || null },
                { onSuccess: () => setSaved(true) },
              );
            }}
          >
            <Stack gap="sm" maw={560}>
              <ProblemAlert error={save.error} shownPaths={Object.keys(errors)} />
              {saved && <StatusMessage>{t('cooperations.model.saved')}</StatusMessage>}
              <Select
                label={t('cooperations.model.choose')}
                data={[
                  { value: '', label: t('cooperations.model.noneOption') },
                  ...(models.data?.items ?? []).map((m) => ({ value: m.id, label: m.name })),
                ]}
                value={chosen}
                allowDeselect={false}
                error={errors.modelId}
                onChange={(value) => setChosen(value ?? '')}
              />
              {selected && <ModelSuggestions model={selected} />}
              <div>
                <Button
                  type="submit"
                  loading={save.isPending}
                  disabled={chosen === (cooperation.model?.id ?? '')}
                >
                  {t('cooperations.model.save')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
