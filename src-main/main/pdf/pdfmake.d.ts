/**
 * The part of pdfmake 0.3's Node API that PR Desk uses. pdfmake ships no types and
 * @types/pdfmake describes 0.2, so this is written against pdfmake's own source
 * (node_modules/pdfmake/src). Keep it to what we call.
 */
declare module 'pdfmake' {
  export type Margins = number | [number, number] | [number, number, number, number];
  export type Alignment = 'left' | 'right' | 'center' | 'justify';

  export interface Style {
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    alignment?: Alignment;
    lineHeight?: number;
    /** First-line indent of a paragraph, in points. */
    leadingIndent?: number;
    noWrap?: boolean;
    preserveLeadingSpaces?: boolean;
    decoration?: 'underline' | 'lineThrough' | 'overline';
    decorationStyle?: 'dashed' | 'dotted' | 'double' | 'wavy';
  }

  interface NodeBase extends Style {
    margin?: Margins;
    style?: string | string[];
    pageBreak?: 'before' | 'after';
    /** Marks a heading for DocDefinition.pageBreakBefore (kept with what follows it). */
    headlineLevel?: number;
    unbreakable?: boolean;
    width?: number | 'auto' | '*' | `${number}%`;
    absolutePosition?: { x: number; y: number };
    relativePosition?: { x: number; y: number };
  }

  export interface TextNode extends NodeBase {
    text: string | (string | TextNode)[];
  }
  export interface StackNode extends NodeBase {
    stack: Content[];
  }
  export interface ColumnsNode extends NodeBase {
    columns: Content[];
    columnGap?: number;
  }
  export interface TableLayout {
    hLineWidth?: (i: number, node: unknown) => number;
    vLineWidth?: (i: number, node: unknown) => number;
    hLineColor?: (i: number, node: unknown) => string;
    vLineColor?: (i: number, node: unknown) => string;
    paddingLeft?: (i: number, node: unknown) => number;
    paddingRight?: (i: number, node: unknown) => number;
    paddingTop?: (i: number, node: unknown) => number;
    paddingBottom?: (i: number, node: unknown) => number;
    fillColor?: (rowIndex: number, node: unknown, columnIndex: number) => string | null;
  }
  export interface TableNode extends NodeBase {
    table: {
      body: Content[][];
      widths?: (number | 'auto' | '*' | `${number}%`)[];
      headerRows?: number;
      dontBreakRows?: boolean;
      keepWithHeaderRows?: number;
    };
    layout?: 'noBorders' | 'headerLineOnly' | 'lightHorizontalLines' | TableLayout;
  }
  export interface ImageNode extends NodeBase {
    /** A key of DocDefinition.images. */
    image: string;
    fit?: [number, number];
    height?: number;
  }
  export interface CanvasLine {
    type: 'line';
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    lineWidth?: number;
    lineColor?: string;
    dash?: { length: number; space?: number };
  }
  export interface CanvasNode extends NodeBase {
    canvas: CanvasLine[];
  }
  export type Content = string | TextNode | StackNode | ColumnsNode | TableNode | ImageNode | CanvasNode;

  export interface PageSize {
    width: number;
    height: number;
  }
  export type DynamicContent = (currentPage: number, pageCount: number, pageSize: PageSize) => Content | null;

  /** Text drawn across every page after its content (pdfmake rotates and sizes it). */
  export interface Watermark {
    text: string;
    color?: string;
    /** 0–1; pdfmake's default is 0.6. */
    opacity?: number;
    bold?: boolean;
    font?: string;
    /** Points, or 'auto' (the default): as large as the rotated text fits the page. */
    fontSize?: number | 'auto';
    /** Degrees; the default runs along the page's diagonal, bottom left to top right. */
    angle?: number;
  }

  export interface DocDefinition {
    pageSize?: 'A4' | PageSize;
    pageOrientation?: 'portrait' | 'landscape';
    pageMargins?: [number, number, number, number];
    content: Content[];
    header?: DynamicContent;
    footer?: DynamicContent;
    /** Drawn behind the content on every page, from the page's top-left corner. */
    background?: DynamicContent;
    watermark?: Watermark;
    defaultStyle?: Style;
    styles?: Record<string, Style>;
    /** Data URLs (`data:image/png;base64,...`) by name. */
    images?: Record<string, string>;
    info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string };
    language?: string;
    compress?: boolean;
    /** Asked for every node as it is placed: true moves it to the next page. */
    pageBreakBefore?: (currentNode: { headlineLevel?: number; startPosition?: { verticalRatio?: number } }, nodeQueries: { getFollowingNodesOnPage(): readonly unknown[] }) => boolean;
  }

  export interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfMake {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(docDefinition: DocDefinition): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
