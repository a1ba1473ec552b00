import {
  Button,
  FileInput,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { localised, todayInBerlin } from './self-check-format';
import { type NewEvidence, useAddEvidence } from './self-check-queries';
import type { SelfCheck } from './self-check-types';

const maxFileBytes = 10 * 1024 * 1024;
const serverFields = ['title', 'note', 'criteria', 'effectiveOn', 'expiresOn', 'document', 'facilityId'];

interface Values {
  kind: 'document' | 'note';
  organizationId: string;
  title: string;
  note: string;
  criteria: string[];
  effectiveOn: string;
  expiresOn: string;
  file: File | null;
}

const emptyValues = (check: SelfCheck): Values => ({
  kind: 'document',
  organizationId: check.subject.facilities[0]?.id ?? check.subject.id,
  title: '',
  note: '',
  criteria: [],
  effectiveOn: todayInBerlin(),
  expiresOn: '',
  file: null,
});

/** The PDF's first bytes, so a wrong file is named before the upload (the server checks them again). */
async function isPdf(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

async function localErrors(values: Values, t: TFunction): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = t('sealEvidence.add.required');
  if (values.kind === 'note' && !values.note.trim()) errors.note = t('sealEvidence.add.required');
  if (values.criteria.length === 0) errors.criteria = t('sealEvidence.add.needCriteria');
  if (!values.effectiveOn) errors.effectiveOn = t('sealEvidence.add.required');
  if (values.expiresOn && values.effectiveOn && values.expiresOn < values.effectiveOn) {
    errors.expiresOn = t('sealEvidence.add.datesOrder');
  }
  if (values.kind === 'document') {
    if (!values.file) errors.file = t('sealEvidence.add.needFile');
    else if (values.file.size > maxFileBytes) errors.file = t('sealEvidence.add.tooLarge');
    else if (!(await isPdf(values.file))) errors.file = t('sealEvidence.add.notPdf');
  }
  return errors;
}

/** The criteria of this self-check's edition, grouped by area, with their titles (searchable). */
function useCriteriaChoices(check: SelfCheck) {
  const { i18n } = useTranslation();
  return check.areas.map((area) => ({
    group: `${area.number} ${localised(i18n.language, area.nameDe, area.nameEn)}`,
    items: area.criteria.map((c) => ({
      value: c.code,
      label: `${c.code} ${localised(i18n.language, c.titleDe, c.titleEn)}`,
    })),
  }));
}

/** Upload a PDF or record a note as evidence for chosen criteria (id `evidence-form`: "Was fehlt" links here). */
export function EvidenceForm({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  const add = useAddEvidence(check.subject.id);
  const [values, setValues] = useState<Values>(() => emptyValues(check));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const choices = useCriteriaChoices(check);
  const serverErrors = fieldErrorsOf(add.error, serverFields);
  const shown = { ...serverErrors, ...errors };
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async () => {
    setSaved(null);
    const found = await localErrors(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const item: NewEvidence = {
      ...values,
      title: values.title.trim(),
      note: values.note.trim(),
      expiresOn: values.expiresOn || null,
      file: values.kind === 'document' ? values.file : null,
    };
    add.mutate(item, {
      onSuccess: () => {
        setSaved(item.title);
        setValues(emptyValues(check));
      },
    });
  };

  return (
    <form
      id="evidence-form"
      noValidate
      aria-labelledby="seal-evidence-add-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="seal-evidence-add-heading">
          {t('sealEvidence.add.heading')}
        </Title>
        <ProblemAlert error={add.error} shownPaths={Object.keys(serverErrors)} />
        {saved && <StatusMessage>{t('sealEvidence.add.saved', { title: saved })}</StatusMessage>}
        <Radio.Group
          label={t('sealEvidence.add.kind')}
          value={values.kind}
          onChange={(kind) => set('kind', kind === 'note' ? 'note' : 'document')}
        >
          <Stack gap={6} mt={4}>
            <Radio value="document" label={t('sealEvidence.add.document')} />
            <Radio value="note" label={t('sealEvidence.add.note')} />
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('sealEvidence.add.title')}
            description={t('sealEvidence.add.titleHint')}
            required
            value={values.title}
            error={shown.title}
            onChange={(e) => set('title', e.currentTarget.value)}
          />
          {check.subject.facilities.length > 1 && (
            <Select
              label={t('sealEvidence.add.facility')}
              data={check.subject.facilities.map((f) => ({ value: f.id, label: f.name }))}
              value={values.organizationId}
              error={shown.facilityId}
              allowDeselect={false}
              onChange={(id) => id && set('organizationId', id)}
            />
          )}
          {values.kind === 'document' && (
            <FileInput
              label={t('sealEvidence.add.file')}
              description={t('sealEvidence.add.fileHint')}
              required
              accept="application/pdf,.pdf"
              clearable
              value={values.file}
              error={shown.file ?? shown.document}
              onChange={(file) => set('file', file)}
            />
          )}
          <TextInput
            type="date"
            label={t('sealEvidence.add.effectiveOn')}
            required
            value={values.effectiveOn}
            error={shown.effectiveOn}
            onChange={(e) => set('effectiveOn', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('sealEvidence.add.expiresOn')}
            value={values.expiresOn}
            error={shown.expiresOn}
            onChange={(e) => set('expiresOn', e.currentTarget.value)}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('sealEvidence.add.criteria')}
          description={t('sealEvidence.add.criteriaHint')}
          required
          searchable
          data={choices}
          value={values.criteria}
          error={shown.criteria}
          onChange={(codes) => set('criteria', codes)}
          maxDropdownHeight={320}
        />
        <Textarea
          label={t('sealEvidence.add.note_')}
          required={values.kind === 'note'}
          autosize
          minRows={2}
          value={values.note}
          error={shown.note}
          onChange={(e) => set('note', e.currentTarget.value)}
        />
        <div>
          <Button type="submit" loading={add.isPending}>
            {t('sealEvidence.add.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
