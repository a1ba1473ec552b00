import type { AllMessages } from './de';
import { i18n } from './index';

/**
 * Only the app frame's and the public finder's texts are in the start-up bundle (de.ts, and en.ts when English is
 * chosen), which keeps the finder's JavaScript small. The other pages' texts come with those pages, both
 * languages at once, so that a later language switch needs no download:
 * - public-pages.ts: the other public pages (start, sign-in, an offering's page);
 * - pages.ts: the small signed-in pages and the pages behind e-mail links;
 * - each feature's messages: rooms, agreements, and the internal offerings pages (offerings/work-messages.ts).
 * They are deep-merged into i18next's one namespace, so they sit beside the start-up texts under the same keys (e.g.
 * `offerings.finder` and `offerings.work`). A page never renders before its texts: its route's loader waits for
 * loadFeatureMessages (router.tsx), or its module registers them when it is evaluated (offerings/work-messages.ts).
 */
export function addMessages(de: object, en: object): void {
  i18n.addResourceBundle('de', 'translation', de, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

/** A feature's texts under its key, beside the start-up texts already there. */
export function addFeatureMessages<K extends keyof AllMessages>(
  key: K,
  de: Partial<AllMessages[K]>,
  en: Partial<AllMessages[K]>,
): void {
  addMessages({ [key]: de }, { [key]: en });
}

const loaders = {
  public: () => import('./public-pages').then((m) => addMessages(m.publicPagesDe, m.publicPagesEn)),
  pages: () => import('./pages').then((m) => addMessages(m.pagesDe, m.pagesEn)),
  rooms: () =>
    import('../features/rooms/messages').then((m) => addFeatureMessages('rooms', m.roomsDe, m.roomsEn)),
  account: () =>
    import('../features/account/messages').then((m) =>
      addFeatureMessages('account', m.accountDe, m.accountEn),
    ),
  agreements: () =>
    import('../features/agreements/messages').then((m) =>
      addFeatureMessages('agreements', m.agreementsDe, m.agreementsEn),
    ),
  passwords: () =>
    import('../features/passwords/messages').then((m) =>
      addFeatureMessages('passwords', m.passwordsDe, m.passwordsEn),
    ),
} satisfies Record<string, () => Promise<void>>;

export type MessageBundle = keyof typeof loaders;

const loading = new Map<MessageBundle, Promise<void>>();

/** Resolves once the bundles' texts are in i18next (each downloaded once; later calls resolve at once). */
export function loadFeatureMessages(...bundles: MessageBundle[]): Promise<void> {
  return Promise.all(
    bundles.map((bundle) => {
      let promise = loading.get(bundle);
      if (!promise) {
        promise = loaders[bundle]().catch((error: unknown) => {
          loading.delete(bundle); // retried with the next navigation
          throw error;
        });
        loading.set(bundle, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
}
