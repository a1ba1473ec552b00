import { type ReactNode, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

let focusHeadingOnMount = false;

/** Called by the router after client-side navigations: the next page's heading takes focus (for screen readers). */
export function requestHeadingFocus() {
  focusHeadingOnMount = true;
}

export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}

interface PageProps {
  /** The page's name: the `<h1>` and the document title. */
  title: string;
  /** A different document title than the heading, when the heading alone is ambiguous. */
  documentTitle?: string;
  /** Shown above the heading (e.g. the section the page belongs to). */
  eyebrow?: ReactNode;
  children?: ReactNode;
}

/** The frame of every page: document title, one `<h1>`, content (plain elements: it is on every first load). */
export function Page({ title, documentTitle, eyebrow, children }: PageProps) {
  usePageTitle(documentTitle ?? title);
  const focusOnMount = useCallback((heading: HTMLHeadingElement | null) => {
    if (heading && focusHeadingOnMount) {
      focusHeadingOnMount = false;
      heading.focus();
    }
  }, []);
  return (
    <div className="page">
      <div>
        {eyebrow}
        <h1 ref={focusOnMount} tabIndex={-1} className="title-h1 page-heading">
          {title}
        </h1>
      </div>
      {children}
    </div>
  );
}
