import { Button, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import {
  type NeedFigureKey,
  type NeedFigures,
  needFigureKeys,
  shareKeys,
  useNeedFigures,
  useSaveNeedFigures,
} from './districts-queries';

type Values = Record<string, Record<NeedFigureKey, number | null>>;

const valuesOf = (data: NeedFigures): Values =>
  Object.fromEntries(
    data.items.map((row) => [row.districtId, Object.fromEntries(needFigureKeys.map((k) => [k, row[k]]))]),
  ) as Values;

/** The years offered: those with figures, and last, this and next year. */
export function yearChoices(recorded: readonly number[]): string[] {
  const now = new Date().getFullYear();
  return [...new Set([...recorded, now - 1, now, now + 1])].sort((a, b) => b - a).map(String);
}

/** The year's figures of every district as one form (a row per district, a column per figure). */
export function NeedFiguresSection(props: {
  municipalityId: string;
  year: number;
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const figures = useNeedFigures(props.municipalityId, props.year);
  // Here, not in the form: the form starts afresh after a save (new versions), the answer stays.
  const save = useSaveNeedFigures(props.municipalityId);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          {t('planningDistricts.need.heading')}
        </Title>
        <Text size="sm" maw={760}>
          {t('planningDistricts.need.intro')}
        </Text>
        <QueryView query={figures}>
          {(data) => (
            <>
              <Select
                label={t('planningDistricts.need.year')}
                data={yearChoices(data.years)}
                value={String(props.year)}
                onChange={(value) => value && props.onYear(Number(value))}
                allowDeselect={false}
                w={140}
              />
              {data.items.length === 0 ? (
                <Text>{t('planningDistricts.need.noDistricts')}</Text>
              ) : (
                // A new key per loaded year and version: the form starts from what is stored.
                <FiguresForm
                  key={`${data.year}:${data.items.map((i) => i.version).join(',')}`}
                  save={save}
                  data={data}
                  headingId={headingId}
                />
              )}
            </>
          )}
        </QueryView>
        {save.isSuccess && (
          <StatusMessage>{t('planningDistricts.need.saved', { year: save.data.year })}</StatusMessage>
        )}
      </Stack>
    </Paper>
  );
}

function FiguresForm({
  save,
  data,
  headingId,
}: {
  save: ReturnType<typeof useSaveNeedFigures>;
  data: NeedFigures;
  headingId: string;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(data));
  const [source, setSource] = useState(data.items.find((i) => i.source)?.source ?? '');
  const paths = data.items.flatMap((_, i) => ['districtId', ...needFigureKeys].map((k) => `items.${i}.${k}`));
  const errors = fieldErrorsOf(save.error, paths);
  const decimal = i18n.language === 'en' ? '.' : ',';
  const change = (districtId: string, key: NeedFigureKey, value: number | string) =>
    setValues((all) => ({
      ...all,
      [districtId]: {
        ...(all[districtId] as Values[string]),
        [key]: typeof value === 'number' ? value : null,
      },
    }));
  const submit = () =>
    save.mutate({
      year: data.year,
      source,
      items: data.items.map((row) => ({
        districtId: row.districtId,
        version: row.version,
        ...values[row.districtId],
      })),
    });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {/* Five figures per district need the width of a table: on a phone it scrolls sideways. */}
        <Table.ScrollContainer minWidth={820}>
          <Table fz="sm" horizontalSpacing="xs" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planningDistricts.boundaries.district')}</Table.Th>
                {needFigureKeys.map((k) => (
                  <Table.Th key={k} scope="col">
                    {t(`planningDistricts.figures.${k}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((row, i) => (
                <Table.Tr key={row.districtId}>
                  <Table.Th scope="row" fw="normal">
                    {row.districtName}
                  </Table.Th>
                  {needFigureKeys.map((k) => {
                    const share = shareKeys.includes(k);
                    return (
                      <Table.Td key={k}>
                        <NumberInput
                          aria-label={t('planningDistricts.need.fieldLabel', {
                            figure: t(`planningDistricts.figures.${k}`),
                            district: row.districtName,
                          })}
                          value={values[row.districtId]?.[k] ?? ''}
                          onChange={(value) => change(row.districtId, k, value)}
                          error={errors[`items.${i}.${k}`]}
                          min={0}
                          max={share ? 100 : undefined}
                          allowDecimal={share}
                          decimalScale={share ? 1 : 0}
                          decimalSeparator={decimal}
                          allowNegative={false}
                          hideControls
                          size="xs"
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <TextInput
          label={t('planningDistricts.need.source')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          maw={480}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('planningDistricts.need.save')}
          </Button>
        </div>
        <ProblemAlert error={save.error} shownPaths={Object.keys(errors)} />
      </Stack>
    </form>
  );
}
