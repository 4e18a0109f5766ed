/**
 * pdfkit also accepts an already parsed fontkit font (it checks for `layout`), which
 * @types/pdfkit does not declare. Passing the parsed face saves parsing DejaVu per document.
 */
import type { Font } from 'fontkit';

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
}
