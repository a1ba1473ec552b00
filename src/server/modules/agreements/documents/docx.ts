/**
 * The agreement as an editable Word document (DOCX, German): the same content as the PDF, with
 * real Word styles (Title, Heading 1 — so Word's navigation pane lists every §), the
 * responsibilities matrix as a Word table whose header row repeats on each page, page numbers
 * "Seite x von y" as fields in the footer, de-DE as the language (spell checking, hyphenation).
 */
import type * as Docx from 'docx';
import { docxServicesTable, docxSignatures } from './docx-table';
import {
  cleanModel,
  documentSubject,
  footerLabel,
  LABELS,
  metaLines,
  partyConnector,
  partyDetailLines,
  sectionHeading,
  servicesPlacement,
} from './format';
import type { AgreementDocumentModel } from './model';

type DocxLib = typeof Docx;

// Loaded with the first document, not at server start.
let docxLib: Promise<DocxLib> | undefined;

export function loadDocx(): Promise<DocxLib> {
  docxLib ??= import('docx');
  return docxLib;
}

const FONT = 'Arial';
/** Half-points, as Word counts font sizes. */
const SIZE = { body: 21, small: 17, heading: 26, title: 40 };
const MUTED = '555555';
const DRAFT = 'B3261E';

export async function renderAgreementDocx(input: AgreementDocumentModel): Promise<Buffer> {
  const model = cleanModel(input);
  const d = await loadDocx();
  const watermarks = model.draft ? await import('docx/watermarks') : undefined;
  const document = new d.Document({
    title: model.title,
    subject: documentSubject(model),
    creator: 'Familiennetz',
    description: `${LABELS.status}: ${model.statusLabel}`,
    hyphenation: { autoHyphenation: true },
    styles: styles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: d.convertMillimetersToTwip(210), height: d.convertMillimetersToTwip(297) },
            margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 },
          },
        },
        headers: { default: header(d, model, watermarks) },
        footers: { default: footer(d, model) },
        children: [...titlePage(d, model), ...body(d, model)],
      },
    ],
  });
  return d.Packer.toBuffer(document);
}

function styles(): Docx.IStylesOptions {
  const language = { value: 'de-DE' };
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font: FONT, size: SIZE.title, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: {
        run: { font: FONT, size: SIZE.heading, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'PartyName',
        name: 'Vertragspartei',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: 24 },
        paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
      },
    ],
    characterStyles: [{ id: 'Muted', name: 'Hinweis', run: { color: MUTED } }],
  };
}

function header(
  d: DocxLib,
  model: AgreementDocumentModel,
  watermarks: typeof import('docx/watermarks') | undefined,
): Docx.Header {
  const children: Docx.ParagraphChild[] = [
    new d.TextRun({ text: model.title, size: SIZE.small, color: MUTED }),
  ];
  if (model.draft)
    children.push(
      new d.TextRun({ text: `\t${LABELS.draftNotice}`, size: SIZE.small, bold: true, color: DRAFT }),
    );
  const paragraphs = [
    new d.Paragraph({
      children,
      tabStops: [{ type: d.TabStopType.RIGHT, position: d.TabStopPosition.MAX }],
    }),
  ];
  if (watermarks)
    // Word's own watermark shape (Design > Watermark), so it can be removed there after signing.
    paragraphs.push(
      new d.Paragraph({
        children: [
          new watermarks.TextWatermark({
            text: LABELS.draftWatermark,
            font: FONT,
            color: DRAFT,
            opacity: 0.15,
          }),
        ],
      }),
    );
  return new d.Header({ children: paragraphs });
}

function footer(d: DocxLib, model: AgreementDocumentModel): Docx.Footer {
  const small = { size: SIZE.small, color: MUTED };
  return new d.Footer({
    children: [
      new d.Paragraph({
        border: { top: { style: d.BorderStyle.SINGLE, size: 4, color: '8A8F94', space: 4 } },
        tabStops: [{ type: d.TabStopType.RIGHT, position: d.TabStopPosition.MAX }],
        children: [
          new d.TextRun({ text: `${footerLabel(model)}\tSeite `, ...small }),
          new d.TextRun({ children: [d.PageNumber.CURRENT], ...small }),
          new d.TextRun({ text: ' von ', ...small }),
          new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
}

function titlePage(d: DocxLib, model: AgreementDocumentModel): Docx.Paragraph[] {
  const out: Docx.Paragraph[] = [
    new d.Paragraph({ text: model.title, heading: d.HeadingLevel.TITLE, spacing: { before: 1200 } }),
    ...metaLines(model).map(
      ([label, value]) =>
        new d.Paragraph({
          spacing: { after: 0 },
          children: [new d.TextRun({ text: `${label}: `, color: MUTED }), new d.TextRun(value)],
        }),
    ),
  ];
  if (model.draft)
    out.push(
      new d.Paragraph({
        spacing: { before: 240 },
        children: [new d.TextRun({ text: LABELS.draftNotice, bold: true, color: DRAFT })],
      }),
    );
  out.push(
    new d.Paragraph({ text: LABELS.parties, heading: d.HeadingLevel.HEADING_1, spacing: { before: 480 } }),
  );
  out.push(muted(d, LABELS.between));
  model.parties.forEach((party, i) => {
    const connector = partyConnector(i, model.parties.length);
    if (connector) out.push(muted(d, connector));
    out.push(new d.Paragraph({ text: party.name, style: 'PartyName' }));
    const lines = partyDetailLines(party);
    out.push(
      new d.Paragraph({
        children: lines.map((line, j) => new d.TextRun(j > 0 ? { text: line, break: 1 } : line)),
      }),
    );
  });
  return out;
}

function muted(d: DocxLib, text: string): Docx.Paragraph {
  return new d.Paragraph({
    spacing: { before: 120, after: 0 },
    children: [new d.TextRun({ text, color: MUTED })],
  });
}

function body(d: DocxLib, model: AgreementDocumentModel): (Docx.Paragraph | Docx.Table)[] {
  const placement = servicesPlacement(model);
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  model.sections.forEach((section, i) => {
    out.push(
      new d.Paragraph({
        text: sectionHeading(section),
        heading: d.HeadingLevel.HEADING_1,
        pageBreakBefore: i === 0,
      }),
    );
    for (const paragraph of section.paragraphs) out.push(textParagraph(d, paragraph));
    if (placement === section.number) out.push(docxServicesTable(d, model.services));
  });
  if (placement === 'annex') {
    out.push(new d.Paragraph({ text: LABELS.servicesAnnex, heading: d.HeadingLevel.HEADING_1 }));
    out.push(docxServicesTable(d, model.services));
  }
  if (model.signatures.length > 0) {
    out.push(new d.Paragraph({ text: LABELS.signatures, heading: d.HeadingLevel.HEADING_1 }));
    out.push(docxSignatures(d, model.signatures));
  }
  return out;
}

/** "\n" inside a paragraph is a line break, as in the PDF. */
function textParagraph(d: DocxLib, text: string): Docx.Paragraph {
  return new d.Paragraph({
    children: text.split('\n').map((line, i) => new d.TextRun(i > 0 ? { text: line, break: 1 } : line)),
  });
}
