package org.algos.web.kit.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped with the kit (see fonts/LICENSE-DejaVu.txt) so that documents and charts
 * look the same on every server and PDF/A can embed every glyph; read once per JVM.
 */
final class DocumentFonts {

    /** The family name the stylesheet asks for. */
    static final String FAMILY = "DejaVu Sans";

    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
    static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");

    private DocumentFonts() {
    }

    /** The Java2D font for charts, in {@link Font#PLAIN} or {@link Font#BOLD}. */
    static Font awt(int style) {
        return (style & Font.BOLD) != 0 ? Awt.BOLD : Awt.PLAIN;
    }

    private static byte[] read(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the web kit");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Created on first use only: Font.createFont copies the font to a temporary file. */
    private static final class Awt {
        static final Font PLAIN = create(REGULAR);
        static final Font BOLD = create(DocumentFonts.BOLD);

        private static Font create(byte[] ttf) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("DejaVu Sans could not be loaded for charts", e);
            }
        }
    }
}
