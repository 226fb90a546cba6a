package de.ladewerk.billing.invoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes lines of text top to bottom on A4 pages, starting a new page when one is full. */
final class PdfPageWriter implements AutoCloseable {

    static final float LEFT = 50;
    private static final float TOP = 800;
    private static final float BOTTOM = 50;

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private final PDDocument doc;
    private PDPageContentStream page;
    private float y;

    PdfPageWriter(PDDocument doc) {
        this.doc = doc;
        newPage();
    }

    /** Writes one line; each {@code columns[i]} starts at x offset {@code xs[i]}. */
    void row(PDFont font, float size, float[] xs, String... columns) {
        ensureRoom(size + 3);
        try {
            for (int i = 0; i < columns.length; i++) {
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(LEFT + xs[i], y);
                page.showText(columns[i]);
                page.endText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size + 3;
    }

    void line(PDFont font, float size, String text) {
        row(font, size, new float[] {0}, text);
    }

    /** Long text (e.g. an OCMF packet) broken into chunks of {@code width} characters. */
    void wrapped(PDFont font, float size, String text, int width) {
        for (int i = 0; i < text.length(); i += width) {
            line(font, size, text.substring(i, Math.min(text.length(), i + width)));
        }
    }

    /** Prose broken at spaces into lines of at most {@code width} characters. */
    void paragraph(PDFont font, float size, String text, int width) {
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + word.length() + 1 > width) {
                line(font, size, current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            line(font, size, current.toString());
        }
    }

    void gap(float points) {
        y -= points;
    }

    private void ensureRoom(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            page.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
