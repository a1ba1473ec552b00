import {
  Anchor,
  Button,
  FileInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, StatusMessage } from '../../components/problem-alert';
import { useMe } from '../session/queries';
import { usePartyLabels } from './components';
import { formatDay, formatFileSize, todayInBerlin } from './format';
import { useSign, useSignatures } from './queries';
import type { Agreement, Signature } from './types';
import { WriteAlert } from './write-alert';

const MAX_PDF_BYTES = 10 * 1024 * 1024;

/** Reads a chosen file as base64 and checks it is a PDF (magic bytes, as the server does) of at most 10 MB. */
async function readPdf(
  file: File,
): Promise<{ ok: true; base64: string } | { ok: false; reason: 'type' | 'size' }> {
  if (file.size > MAX_PDF_BYTES) return { ok: false, reason: 'size' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') return { ok: false, reason: 'type' };
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { ok: true, base64: btoa(binary) };
}

function SignatureEntry({ signature, label }: { signature: Signature; label: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <Text size="sm">
        {t('agreements.signatures.signedBy', {
          party: label,
          name: signature.signerName,
          role: signature.signerRole,
          date: formatDay(signature.signedOn),
        })}
      </Text>
      {signature.document && (
        <Anchor size="sm" href={signature.document.url} download>
          {t('agreements.signatures.scan', { size: formatFileSize(signature.document.size) })}
        </Anchor>
      )}
    </li>
  );
}

function SignForm({
  agreement,
  onReload,
  onSigned,
}: {
  agreement: Agreement;
  onReload: () => void;
  onSigned: (party: string) => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const sign = useSign(agreement.id);
  const partyLabelOf = usePartyLabels(agreement);
  // Only the parties the server says the user represents and that still have to sign (it checks again).
  const signable = agreement.permissions.signFor;
  const [partyId, setPartyId] = useState(() => signable[0] ?? '');
  const [signerName, setSignerName] = useState(me?.user.name ?? '');
  const [signerRole, setSignerRole] = useState('');
  const [signedOn, setSignedOn] = useState(todayInBerlin());
  const [file, setFile] = useState<File | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const fields = ['partyId', 'signerName', 'signerRole', 'signedOn', 'document', 'document.contentBase64'];
  const serverErrors = fieldErrorsOf(sign.error, fields);
  const errors = { ...serverErrors, ...localErrors };
  if (signable.length === 0) return null;
  const party = agreement.parties.find((p) => p.id === partyId);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const found: Record<string, string> = {};
        if (!signerRole.trim()) found.signerRole = t('agreements.signatures.signerRoleRequired');
        const pdf = file ? await readPdf(file) : null;
        if (pdf && !pdf.ok) {
          found.document = t(
            pdf.reason === 'size' ? 'agreements.signatures.fileTooLarge' : 'agreements.signatures.fileNotPdf',
          );
        }
        setLocalErrors(found);
        if (Object.keys(found).length > 0) return;
        sign.mutate(
          {
            // The server checks the signer saw this text: the record's version, not the version number.
            version: agreement.version,
            partyId,
            signerName: signerName.trim() || undefined,
            signerRole: signerRole.trim(),
            signedOn,
            ...(file && pdf?.ok ? { document: { fileName: file.name, contentBase64: pdf.base64 } } : {}),
          },
          {
            onSuccess: () => {
              onSigned(party ? partyLabelOf(party.id) : '');
              setFile(null);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('agreements.signatures.sign', { party: party ? partyLabelOf(party.id) : '' })}
        </Title>
        <WriteAlert
          error={sign.error}
          shownPaths={Object.keys(serverErrors)}
          onReload={() => {
            sign.reset();
            onReload();
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {signable.length > 1 && (
            <Select
              label={t('agreements.signatures.signingParty')}
              data={signable.map((id) => ({ value: id, label: partyLabelOf(id) }))}
              value={partyId}
              error={errors.partyId}
              allowDeselect={false}
              onChange={(value) => value && setPartyId(value)}
            />
          )}
          <TextInput
            label={t('agreements.signatures.signerName')}
            value={signerName}
            error={errors.signerName}
            onChange={(e) => setSignerName(e.currentTarget.value)}
          />
          <TextInput
            label={t('agreements.signatures.signerRole')}
            required
            value={signerRole}
            error={errors.signerRole}
            onChange={(e) => setSignerRole(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('agreements.signatures.signedOn')}
            value={signedOn}
            error={errors.signedOn}
            onChange={(e) => setSignedOn(e.currentTarget.value)}
          />
          <FileInput
            label={t('agreements.signatures.file')}
            accept="application/pdf,.pdf"
            clearable
            value={file}
            error={errors.document ?? errors['document.contentBase64']}
            onChange={setFile}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={sign.isPending}>
            {t('agreements.signatures.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** Says for which parties the user can sign, so nobody wonders why another party is not offered. */
function SignableParties({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const partyLabelOf = usePartyLabels(agreement);
  const signable = agreement.permissions.signFor;
  if (signable.length === 0) return null;
  const others = agreement.parties.some((p) => !p.signed && !signable.includes(p.id));
  return (
    <Text size="sm" fw={600}>
      {signable.length === 1
        ? t('agreements.signatures.youSignForOne', { party: partyLabelOf(signable[0] ?? '') })
        : t('agreements.signatures.youSignForMany', {
            parties: signable.map((id) => partyLabelOf(id)).join('; '),
          })}
      {others ? ` ${t('agreements.signatures.notForOthers')}` : ''}
    </Text>
  );
}

export function SignaturesSection({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  const signatures = useSignatures(agreement.id, true);
  const [signedFor, setSignedFor] = useState<string | null>(null);
  const partyLabelOf = usePartyLabels(agreement);
  const byVersion = new Map<number, Signature[]>();
  for (const signature of signatures.data ?? []) {
    byVersion.set(signature.versionNumber, [...(byVersion.get(signature.versionNumber) ?? []), signature]);
  }
  const versions = [...byVersion.keys()].sort((a, b) => b - a);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="signatures-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="signatures-heading">
          {t('agreements.signatures.heading')}
        </Title>
        <ul
          className="plain-list"
          aria-label={t('agreements.detail.version', { number: agreement.currentVersion })}
        >
          {agreement.parties.map((party) => (
            <li key={party.id}>
              <Text size="sm">
                {t('agreements.signatures.partyState', {
                  party: partyLabelOf(party.id),
                  state: t(party.signed ? 'agreements.signatures.done' : 'agreements.signatures.pending'),
                })}
              </Text>
            </li>
          ))}
        </ul>
        {versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreements.signatures.none')}
          </Text>
        ) : (
          versions.map((number) => (
            <Stack key={number} gap={4}>
              <Text size="sm" fw={600}>
                {t('agreements.signatures.version', { number })}
              </Text>
              <ul className="plain-list">
                {(byVersion.get(number) ?? []).map((signature) => (
                  <SignatureEntry
                    key={signature.id}
                    signature={signature}
                    label={partyLabelOf(signature.party.id, signature.party.name)}
                  />
                ))}
              </ul>
            </Stack>
          ))
        )}
        {signedFor !== null && (
          <StatusMessage>{t('agreements.signatures.signed', { party: signedFor })}</StatusMessage>
        )}
        <SignableParties agreement={agreement} />
        {agreement.permissions.signFor.length > 0 && (
          <SignForm
            key={agreement.permissions.signFor.join()}
            agreement={agreement}
            onReload={onReload}
            onSigned={setSignedFor}
          />
        )}
      </Stack>
    </Paper>
  );
}
