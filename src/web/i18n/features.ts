import type { de } from './de';
import { i18n } from './index';

/**
 * The one registry of the features' texts. The start-up bundle holds only the texts of the app frame, texts several
 * features share and the public finder's (de.ts, and en.ts once English is chosen), which keeps the finder's
 * JavaScript small. Every other text belongs to its feature, in features/<feature>/messages.ts (split by page when
 * it grows: the file imports the parts), and loads with that feature's pages, both languages at once, so that a later
 * language switch needs no download.
 *
 * Each module exports `messagesDe` and `messagesEn: typeof messagesDe` (so both languages have the same keys), under
 * the top-level keys the feature owns. They are deep-merged into i18next's one namespace, beside the start-up texts
 * (e.g. `offerings.finder` from de.ts and `offerings.work` from the offerings feature). A page never renders before
 * its texts: its route's loader waits for loadFeatureMessages (features/<feature>/routes.tsx), which loads beside the
 * page's chunk.
 */
const bundles = {
  account: () => import('../features/account/messages'),
  admin: () => import('../features/admin/messages'),
  agreements: () => import('../features/agreements/messages'),
  capacity: () => import('../features/capacity/messages'),
  assessments: () => import('../features/assessments/messages'),
  confirmations: () => import('../features/confirmations/messages'),
  cooperations: () => import('../features/cooperations/messages'),
  directory: () => import('../features/directory/messages'),
  home: () => import('../features/home/messages'),
  invitations: () => import('../features/invitations/messages'),
  // The internal offerings pages; an offering's public page needs only its own texts.
  offerings: () => import('../features/offerings/messages'),
  offeringDetail: () => import('../features/offerings/detail-messages'),
  organizations: () => import('../features/organizations/messages'),
  passwords: () => import('../features/passwords/messages'),
  planning: () => import('../features/planning/messages'),
  pools: () => import('../features/pools/messages'),
  privacy: () => import('../features/privacy/messages'),
  rooms: () => import('../features/rooms/messages'),
  seal: () => import('../features/seal/messages'),
  // The seal's badges on the offering and agreement pages: only their few texts.
  sealBadges: () => import('../features/seal/badges-messages'),
  session: () => import('../features/session/messages'),
} satisfies Record<string, () => Promise<{ messagesDe: object; messagesEn: object }>>;

export type MessageBundle = keyof typeof bundles;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
type FeatureMessages = UnionToIntersection<
  { [B in MessageBundle]: Awaited<ReturnType<(typeof bundles)[B]>>['messagesDe'] }[MessageBundle]
>;

/** All texts as t() sees them: the start-up texts plus the features' texts that load with their pages. */
export type AllMessages = typeof de & FeatureMessages;

const loading = new Map<MessageBundle, Promise<void>>();

/** Resolves once the bundles' texts are in i18next (each downloaded once; later calls resolve at once). */
export function loadFeatureMessages(...names: MessageBundle[]): Promise<void> {
  return Promise.all(
    names.map((name) => {
      let promise = loading.get(name);
      if (!promise) {
        promise = bundles[name]().then(
          ({ messagesDe, messagesEn }) => {
            // Deep merge without overwriting: the start-up texts under the same top-level key stay.
            i18n.addResourceBundle('de', 'translation', messagesDe, true, false);
            i18n.addResourceBundle('en', 'translation', messagesEn, true, false);
          },
          (error: unknown) => {
            loading.delete(name); // retried with the next navigation
            throw error;
          },
        );
        loading.set(name, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
}
