import type { paths } from '../../api/schema';
import type { JsonOf } from '../../api/types';

// The planner's overview as the server sends it (GET /api/v1/seal/overview).
export type Overview = JsonOf<paths['/api/v1/seal/overview']['get']['responses'][200]>;
export type OverviewRow = Overview['items'][number];
