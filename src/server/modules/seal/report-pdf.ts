/**
 * The self-check as a tagged German PDF (A4 portrait) for the certifier: title, subject, cycle and summary,
 * the warnings, then per area a heading (also a bookmark) with its minimums, each criterion met or not with
 * its evidence, and what is missing with the next step; last the re-submission checklist of agreements.
 * Every page has a footer "Seite x von y" (pages are buffered so that the total is known at the end).
 */
import { registerFonts } from '../../documents/pdf-fonts';
import { drawPageFooters } from '../../documents/pdf-footers';
import {
  artifact,
  body,
  bold,
  contentWidth,
  type Doc,
  ensureSpace,
  hairline,
  muted,
  PAGE,
  type Struct,
  TYPE,
  tag,
} from '../../documents/pdf-layout';
import { collect, loadPdfKit } from '../../documents/pdfkit';
import {
  CRITERION_KIND_DE,
  checklistIntro,
  cycleLines,
  evidenceLine,
  reportTitle,
  SUBJECT_TYPE_DE,
  summaryLine,
} from './report-format';
import type { SealReport } from './report-model';
import { drawChecklistTable, drawList } from './report-pdf-parts';
import type { SelfCheck } from './schemas';

type AreaCheck = SelfCheck['areas'][number];
type CriterionCheck = AreaCheck['criteria'][number];

const MARGINS = { top: 56, bottom: 60, left: 56, right: 56 };

export async function renderSealReportPdf(report: SealReport): Promise<Buffer> {
  const { selfCheck } = report;
  const PDFDocument = await loadPdfKit();
  const title = reportTitle(selfCheck);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: MARGINS,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    tagged: true,
    info: {
      Title: title,
      Subject: `Selbstcheck nach Katalog ${selfCheck.edition.key}, Prüfzeitraum ${selfCheck.reviewPeriod.year}`,
      Author: selfCheck.subject.name,
      Creator: 'Familiennetz',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const done = collect(doc);
  registerFonts(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawIntroduction(doc, root, report, title);
  drawWarnings(doc, root, selfCheck);
  const perFacility = selfCheck.subject.facilities.length > 1;
  for (const area of selfCheck.areas) drawArea(doc, root, selfCheck, area, perFacility);
  drawChecklist(doc, root, report);
  root.end();
  drawPageFooters(doc, title, 24);
  doc.end();
  return done;
}

const left = (doc: Doc) => doc.page.margins.left;

function paragraph(doc: Doc, root: Struct, text: string, style: 'body' | 'muted' = 'body'): void {
  const width = contentWidth(doc);
  tag(doc, root, 'P', () =>
    (style === 'body' ? body(doc) : muted(doc, TYPE.body)).text(text, left(doc), doc.y, {
      width,
      lineGap: TYPE.lineGap,
      paragraphGap: 3,
    }),
  );
}

function heading(doc: Doc, root: Struct, level: 'H2' | 'H3', text: string, space: number): void {
  // A heading and the first lines under it stay together: a heading never ends a page.
  ensureSpace(doc, space);
  doc.moveDown(level === 'H2' ? 0.8 : 0.4);
  if (level === 'H2') doc.outline.addItem(text);
  const size = level === 'H2' ? TYPE.heading : TYPE.body + 0.5;
  tag(doc, root, level, () =>
    bold(doc, size).text(text, left(doc), doc.y, { width: contentWidth(doc), lineGap: 1 }),
  );
  doc.moveDown(0.2);
}

function drawIntroduction(doc: Doc, root: Struct, report: SealReport, title: string): void {
  const { selfCheck } = report;
  const width = contentWidth(doc);
  tag(doc, root, 'H1', () => bold(doc, TYPE.title).text(title, left(doc), doc.y, { width, lineGap: 3 }));
  doc.moveDown(0.3);
  const generated = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
    new Date(report.generatedAt),
  );
  paragraph(doc, root, `Stand: ${generated}`, 'muted');
  doc.moveDown(0.4);
  const { subject } = selfCheck;
  paragraph(doc, root, `${SUBJECT_TYPE_DE[subject.type]}: ${subject.name}`);
  if (subject.type === 'network' || subject.facilities.length > 1)
    paragraph(
      doc,
      root,
      `Einrichtungen, deren Nachweise zählen: ${subject.facilities.map((f) => f.name).join(', ')}.`,
    );
  for (const line of cycleLines(selfCheck)) paragraph(doc, root, line);
  doc.moveDown(0.3);
  tag(doc, root, 'P', () =>
    bold(doc).text(summaryLine(selfCheck), left(doc), doc.y, { width, lineGap: TYPE.lineGap }),
  );
  if (selfCheck.areas.some((a) => a.minimumsEstimated))
    paragraph(
      doc,
      root,
      'Die mit „geschätzt“ markierten Mindestzahlen sind Annahmen, bis der Katalog die amtlichen Werte enthält.',
      'muted',
    );
  doc.moveDown(0.4);
  artifact(doc, () => hairline(doc, left(doc), doc.y, left(doc) + width));
}

function drawWarnings(doc: Doc, root: Struct, selfCheck: SelfCheck): void {
  heading(doc, root, 'H2', 'Hinweise', 80);
  if (selfCheck.warnings.length === 0) {
    paragraph(doc, root, 'Keine Hinweise.', 'muted');
    return;
  }
  drawList(
    doc,
    root,
    selfCheck.warnings.map((w) =>
      w.criteria.length > 0 ? `${w.message} (Kriterien ${w.criteria.join(', ')})` : w.message,
    ),
  );
}

function areaStatus(area: AreaCheck): string {
  const estimated = area.minimumsEstimated ? ' (Mindestzahlen geschätzt)' : '';
  return `${area.met ? 'Erfüllt' : 'Nicht erfüllt'}: ${area.basicMet} von mindestens ${area.minBasic} Grundkriterien, ${area.advancedMet} von mindestens ${area.minAdvanced} Aufbaukriterien${estimated}.`;
}

function drawArea(doc: Doc, root: Struct, selfCheck: SelfCheck, area: AreaCheck, perFacility: boolean): void {
  heading(doc, root, 'H2', `Bereich ${area.number}: ${area.nameDe}`, 140);
  tag(doc, root, 'P', () =>
    bold(doc).text(areaStatus(area), left(doc), doc.y, { width: contentWidth(doc), lineGap: TYPE.lineGap }),
  );
  for (const criterion of area.criteria) drawCriterion(doc, root, criterion, perFacility);
  const missing = selfCheck.missing.filter((m) => m.area === area.number);
  if (missing.length === 0) return;
  heading(doc, root, 'H3', `Was fehlt in Bereich ${area.number}`, 70);
  drawList(
    doc,
    root,
    missing.map((m) => `${m.code ? `${m.code}: ` : ''}${m.message} – Nächster Schritt: ${m.step}`),
  );
}

function drawCriterion(doc: Doc, root: Struct, criterion: CriterionCheck, perFacility: boolean): void {
  heading(doc, root, 'H3', `${criterion.code} ${criterion.titleDe}`, 60);
  paragraph(
    doc,
    root,
    `${CRITERION_KIND_DE[criterion.kind]} – ${criterion.met ? 'erfüllt' : 'nicht erfüllt'}`,
    criterion.met ? 'body' : 'muted',
  );
  if (criterion.evidence.length === 0) {
    paragraph(doc, root, 'Kein Nachweis.', 'muted');
    return;
  }
  drawList(
    doc,
    root,
    criterion.evidence.map((item) => evidenceLine(item, perFacility)),
  );
}

function drawChecklist(doc: Doc, root: Struct, report: SealReport): void {
  heading(doc, root, 'H2', 'Checkliste für die Wiederbewerbung: Vereinbarungen', 120);
  paragraph(doc, root, checklistIntro(report.selfCheck));
  if (report.checklist.length === 0) {
    paragraph(doc, root, 'Keine Vereinbarung zählt derzeit als Nachweis.', 'muted');
    return;
  }
  doc.moveDown(0.3);
  drawChecklistTable(doc, root, report.checklist);
}
