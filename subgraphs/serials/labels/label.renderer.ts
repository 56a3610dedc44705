import bwipjs from "bwip-js";
import PDFDocument from "pdfkit";

export type LabelFormat = "datamatrix" | "qr";

/** What a label carries: the element string for DataMatrix, the Digital Link for QR, and the HRI below. */
export interface LabelContent {
  /** Bracketed element string, e.g. (01)…(21)…(8030)… */
  elementString: string;
  digitalLink: string;
  /** Lines printed under the symbol. */
  hri: string[];
}

const options = (format: LabelFormat, content: LabelContent) => ({
  // gs1datamatrix and gs1dlqrcode validate the GS1 data while encoding, so a bad code cannot be printed.
  bcid: format === "datamatrix" ? "gs1datamatrix" : "gs1dlqrcode",
  text: format === "datamatrix" ? content.elementString : content.digitalLink,
  scale: 3,
  paddingwidth: 8,
  paddingheight: 8,
  backgroundcolor: "FFFFFF",
  includetext: true,
  textxalign: "center" as const,
  textsize: 8,
  alttext: content.hri.join("  "),
});

/** The data a symbol of this format encodes, for checking a rendering against the unit. */
export const encodedText = (format: LabelFormat, content: LabelContent): string =>
  format === "datamatrix" ? content.elementString : content.digitalLink;

export const renderSvg = (format: LabelFormat, content: LabelContent): string => bwipjs.toSVG(options(format, content));

export const renderPng = (format: LabelFormat, content: LabelContent): Promise<Buffer> => bwipjs.toBuffer(options(format, content));

/** A printable A4 sheet: a grid of DataMatrix labels with their human-readable text. */
export async function renderSheet(labels: LabelContent[], title: string): Promise<Buffer> {
  const document = new PDFDocument({ size: "A4", margin: 28, info: { Title: title } });
  const chunks: Buffer[] = [];
  document.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on("end", () => resolve(Buffer.concat(chunks))));
  const columns = 3;
  const rows = 6;
  const cellWidth = (595 - 56) / columns;
  const cellHeight = (842 - 56) / rows;
  for (let i = 0; i < labels.length; i += 1) {
    const slot = i % (columns * rows);
    if (i > 0 && slot === 0) {
      document.addPage();
    }
    const x = 28 + (slot % columns) * cellWidth;
    const y = 28 + Math.floor(slot / columns) * cellHeight;
    const png = await bwipjs.toBuffer({ bcid: "gs1datamatrix", text: labels[i].elementString, scale: 3, backgroundcolor: "FFFFFF" });
    document.image(png, x + 8, y + 8, { fit: [cellWidth - 16, cellHeight - 52], align: "center" });
    document.font("Helvetica").fontSize(7).text(labels[i].hri.join("\n"), x + 8, y + cellHeight - 40, { width: cellWidth - 16, align: "center" });
  }
  if (labels.length === 0) {
    document.font("Helvetica").fontSize(10).text("No labels in this range.");
  }
  document.end();
  return done;
}
