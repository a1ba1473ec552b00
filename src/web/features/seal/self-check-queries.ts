import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, toProblem } from '../../api/client';
import { i18n } from '../../i18n';
import type { ManualEvidence, SealSubject, SelfCheck } from './self-check-types';

export const sealKeys = {
  subjects: ['seal', 'centres'] as const,
  selfCheck: (id: string) => ['seal', 'self-check', id] as const,
  evidence: (id: string) => ['seal', 'evidence', id] as const,
};

/**
 * One request to a seal endpoint, answered as JSON (or nothing) or thrown as the app's ApiError. The answers are
 * typed in self-check-types.ts rather than by the generated client: these routes land with other branches of
 * issue 19.
 */
async function send(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    credentials: 'include',
    headers: { ...init.headers, 'Accept-Language': i18n.language },
  });
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  return body;
}

export async function getJson<T>(url: string): Promise<T> {
  return (await send(url)) as T;
}

/** The centres and Verbünde whose self-check the person reads (the subject switcher). */
export function useSealSubjects() {
  return useQuery({
    queryKey: sealKeys.subjects,
    queryFn: () => getJson<{ items: SealSubject[] }>('/api/v1/seal/centres'),
    staleTime: 5 * 60_000,
  });
}

export function useSelfCheck(id: string) {
  return useQuery({
    queryKey: sealKeys.selfCheck(id),
    queryFn: () => getJson<SelfCheck>(`/api/v1/seal/centres/${id}/self-check`),
  });
}

export function useManualEvidence(id: string) {
  return useQuery({
    queryKey: sealKeys.evidence(id),
    queryFn: () => getJson<{ items: ManualEvidence[] }>(`/api/v1/seal/centres/${id}/evidence`),
  });
}

/** A new manual evidence item: a PDF (sent as multipart) or a note (JSON). */
export interface NewEvidence {
  kind: 'document' | 'note';
  organizationId: string;
  title: string;
  note: string;
  criteria: string[];
  effectiveOn: string;
  expiresOn: string | null;
  file: File | null;
}

/** The file as base64 (without the data-URL prefix), as the API takes PDFs (like signed agreement scans). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** POST /seal/centres/{id}/evidence: JSON, the PDF (kind document) inside as base64. */
async function evidenceRequest(item: NewEvidence): Promise<RequestInit> {
  const body = {
    kind: item.kind,
    title: item.title,
    note: item.note,
    criteria: item.criteria,
    effectiveOn: item.effectiveOn,
    expiresOn: item.expiresOn,
    facilityId: item.organizationId,
    ...(item.kind === 'document' && item.file
      ? { document: { fileName: item.file.name, contentBase64: await base64Of(item.file) } }
      : {}),
  };
  return { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

function useInvalidateSubject(subjectId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: sealKeys.evidence(subjectId) });
    void queryClient.invalidateQueries({ queryKey: sealKeys.selfCheck(subjectId) });
  };
}

export function useAddEvidence(subjectId: string) {
  const invalidate = useInvalidateSubject(subjectId);
  return useMutation({
    mutationFn: async (item: NewEvidence) =>
      send(`/api/v1/seal/centres/${subjectId}/evidence`, await evidenceRequest(item)),
    onSuccess: invalidate,
  });
}

export function useDeleteEvidence(subjectId: string) {
  const invalidate = useInvalidateSubject(subjectId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      send(`/api/v1/seal/evidence/${id}?version=${version}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export const reportUrl = (id: string) => `/api/v1/seal/centres/${id}/report.pdf`;
export const bundleUrl = (id: string) => `/api/v1/seal/centres/${id}/bundle.zip`;
export const evidenceFileUrl = (id: string) => `/api/v1/seal/evidence/${id}/file`;
