/**
 * The responsibilities matrix and the signature blocks of the DOCX. The matrix is a real Word
 * table (header row marked as such, repeated on every page, rows never split); the signature
 * blocks are a borderless two-column table so that each pair stays side by side.
 */
import type * as Docx from 'docx';
import { LABELS, SERVICE_COLUMNS, serviceCells, signaturePlaceDate } from './format';
import type { AgreementDocumentService, AgreementDocumentSignature } from './model';

type DocxLib = typeof Docx;

const SMALL = 18;
const MUTED = '555555';
const RULE = '8A8F94';

function cell(
  d: DocxLib,
  text: string,
  width: number,
  options: { header?: boolean; right?: boolean },
): Docx.TableCell {
  return new d.TableCell({
    width: { size: width, type: d.WidthType.PERCENTAGE },
    shading: options.header ? { type: d.ShadingType.CLEAR, fill: 'E4E8EC', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: [
      new d.Paragraph({
        spacing: { after: 0 },
        alignment: options.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        children: [new d.TextRun({ text, size: SMALL, bold: options.header === true })],
      }),
    ],
  });
}

export function docxServicesTable(d: DocxLib, services: readonly AgreementDocumentService[]): Docx.Table {
  const widths = SERVICE_COLUMNS.map((c) => c.width * 100);
  const last = SERVICE_COLUMNS.length - 1;
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: SERVICE_COLUMNS.map((c, i) => cell(d, c.label, widths[i] ?? 0, { header: true })),
  });
  const rows = services.map(
    (service) =>
      new d.TableRow({
        cantSplit: true,
        children: serviceCells(service).map((text, i) =>
          cell(d, text, widths[i] ?? 0, { right: i === last }),
        ),
      }),
  );
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: RULE };
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [header, ...rows],
  });
}

function signatureCell(d: DocxLib, signature: AgreementDocumentSignature | undefined): Docx.TableCell {
  if (!signature)
    return new d.TableCell({
      width: { size: 50, type: d.WidthType.PERCENTAGE },
      children: [new d.Paragraph('')],
    });
  const rule = { bottom: { style: d.BorderStyle.SINGLE, size: 4, color: RULE, space: 1 } };
  const who = [signature.name, signature.role].filter(Boolean).join(', ');
  const paragraphs = [
    new d.Paragraph({ keepNext: true, children: [new d.TextRun({ text: signature.party, bold: true })] }),
    new d.Paragraph({
      keepNext: true,
      border: rule,
      spacing: { before: 120, after: 0 },
      text: signaturePlaceDate(signature),
    }),
    new d.Paragraph({
      keepNext: true,
      children: [new d.TextRun({ text: LABELS.placeDate, size: SMALL, color: MUTED })],
    }),
    // Room for a handwritten signature above the rule.
    new d.Paragraph({ keepNext: true, border: rule, spacing: { before: 720, after: 0 }, text: '' }),
    new d.Paragraph({
      keepNext: true,
      spacing: { after: 0 },
      children: [
        who ? new d.TextRun(who) : new d.TextRun({ text: LABELS.nameRole, size: SMALL, color: MUTED }),
      ],
    }),
  ];
  if (signature.signedAt)
    paragraphs.push(
      new d.Paragraph({
        children: [
          new d.TextRun({
            text: `${LABELS.signedOn} ${signaturePlaceDate({ signedAt: signature.signedAt })}`,
            size: SMALL,
            color: MUTED,
          }),
        ],
      }),
    );
  return new d.TableCell({
    width: { size: 50, type: d.WidthType.PERCENTAGE },
    margins: { top: 120, bottom: 240, left: 0, right: 360 },
    children: paragraphs,
  });
}

export function docxSignatures(d: DocxLib, signatures: readonly AgreementDocumentSignature[]): Docx.Table {
  const rows: Docx.TableRow[] = [];
  for (let i = 0; i < signatures.length; i += 2)
    rows.push(
      new d.TableRow({
        cantSplit: true,
        children: [signatureCell(d, signatures[i]), signatureCell(d, signatures[i + 1])],
      }),
    );
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows,
  });
}
