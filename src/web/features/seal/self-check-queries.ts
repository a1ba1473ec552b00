import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toProblem, unwrap, unwrapEmpty } from '../../api/client';
import { i18n } from '../../i18n';

export const sealKeys = {
  subjects: ['seal', 'centres'] as const,
  selfCheck: (id: string) => ['seal', 'self-check', id] as const,
  evidence: (id: string) => ['seal', 'evidence', id] as const,
};

/** The centres and Verbünde whose self-check the person reads (the subject switcher). */
export function useSealSubjects() {
  return useQuery({
    queryKey: sealKeys.subjects,
    queryFn: () => unwrap(api.GET('/api/v1/seal/centres')),
    staleTime: 5 * 60_000,
  });
}

export function useSelfCheck(id: string) {
  return useQuery({
    queryKey: sealKeys.selfCheck(id),
    queryFn: () => unwrap(api.GET('/api/v1/seal/centres/{id}/self-check', { params: { path: { id } } })),
  });
}

export function useManualEvidence(id: string) {
  return useQuery({
    queryKey: sealKeys.evidence(id),
    queryFn: () => unwrap(api.GET('/api/v1/seal/centres/{id}/evidence', { params: { path: { id } } })),
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

/**
 * The upload is multipart (the PDF as a file part, the fields beside it), which the typed client does not
 * build; a note goes as JSON. Both answer the created item or a problem.
 */
async function postEvidence(subjectId: string, item: NewEvidence): Promise<void> {
  const url = `/api/v1/seal/centres/${subjectId}/evidence`;
  const fields = {
    organizationId: item.organizationId,
    title: item.title,
    note: item.note,
    criteria: item.criteria,
    effectiveOn: item.effectiveOn,
    ...(item.expiresOn ? { expiresOn: item.expiresOn } : {}),
  };
  let init: RequestInit;
  if (item.kind === 'document' && item.file) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      if (Array.isArray(value)) for (const v of value) form.append(key, v);
      else form.append(key, value);
    }
    form.append('file', item.file, item.file.name);
    init = { method: 'POST', body: form };
  } else {
    init = {
      method: 'POST',
      body: JSON.stringify({ ...fields, kind: 'note' }),
      headers: { 'Content-Type': 'application/json' },
    };
  }
  const response = await fetch(url, {
    ...init,
    credentials: 'include',
    headers: { ...init.headers, 'Accept-Language': i18n.language },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, toProblem(response.status, body));
  }
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
    mutationFn: (item: NewEvidence) => postEvidence(subjectId, item),
    onSuccess: invalidate,
  });
}

export function useDeleteEvidence(subjectId: string) {
  const invalidate = useInvalidateSubject(subjectId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapEmpty(api.DELETE('/api/v1/seal/evidence/{id}', { params: { path: { id }, query: { version } } })),
    onSuccess: invalidate,
  });
}

export const reportUrl = (id: string) => `/api/v1/seal/centres/${id}/report.pdf`;
export const bundleUrl = (id: string) => `/api/v1/seal/centres/${id}/bundle.zip`;
export const evidenceFileUrl = (id: string) => `/api/v1/seal/evidence/${id}/file`;
