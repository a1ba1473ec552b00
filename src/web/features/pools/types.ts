import type { paths } from '../../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Pool = Json<paths['/api/v1/capacity-pools/{id}']['get']['responses'][200]>;
export type PoolList = Json<paths['/api/v1/capacity-pools']['get']['responses'][200]>;
export type PoolSummary = PoolList['items'][number];
export type PoolCreate = NonNullable<
  paths['/api/v1/capacity-pools']['post']['requestBody']
>['content']['application/json'];
export type Suggestion = Json<paths['/api/v1/capacity-pools/{id}/suggestion']['get']['responses'][200]>;
export type ProducedAgreements = Json<
  paths['/api/v1/capacity-pools/{id}/framework-agreements']['post']['responses'][201]
>;
export type CentreRow = Pool['centres'][number];
export type PoolUpdate = NonNullable<
  paths['/api/v1/capacity-pools/{id}']['put']['requestBody']
>['content']['application/json'];
