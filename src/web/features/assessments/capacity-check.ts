import { ApiError, toProblem } from '../../api/client';
import { i18n } from '../../i18n';

/**
 * The capacity check before a "go" (POST /api/v1/capacity-checks, kind 'assessment', the team's shared
 * contract). Written against the contract with its own types: once the endpoint is in the generated schema,
 * this can move to the typed client.
 */
export interface CapacityWarning {
  organizationId: string;
  organizationName: string;
  month: string;
  districtId: string | null;
  districtName: string | null;
  availableHours: number | null;
  committedHours: number | null;
  plannedHours: number | null;
  totalHours: number | null;
}

export interface AssessmentCapacityCheck {
  cooperationId: string;
  organizationId: string;
  hoursPerMonth: number;
  from: string;
}

/** The months in which the "go" would take the organisation past its hours (empty: none). */
export async function checkCapacity(check: AssessmentCapacityCheck): Promise<CapacityWarning[]> {
  const response = await fetch('/api/v1/capacity-checks', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
    body: JSON.stringify({ kind: 'assessment', ...check }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  const warnings = (body as { capacityWarnings?: CapacityWarning[] } | null)?.capacityWarnings;
  return Array.isArray(warnings) ? warnings : [];
}
