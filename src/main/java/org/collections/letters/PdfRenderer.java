package org.collections.letters;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Letters for post, as PDF, rendered from the same HTML the email carries.
 *
 * <p>The PDF's own base fonts know Latin-1 only: a customer called Łódź or written in Hebrew would print as
 * {@code #}. So the letter's font, DejaVu Sans (Latin with its extensions, Greek, Cyrillic, Hebrew), ships with the
 * application ({@code fonts/dejavu}, its licence beside it) and is embedded, subset to the glyphs used. Hebrew is laid
 * out right to left with ICU's bidirectional algorithm, so that the text layer holds the words in reading order and
 * numbers and Latin names inside a Hebrew sentence stay the right way round.
 */
@Component
public class PdfRenderer {

    /** The family the letter template asks for. */
    static final String FONT_FAMILY = "DejaVu Sans";

    /** A letter written right to left says so on its root element (see {@code templates/letters/letter.html}). */
    private static final Pattern RIGHT_TO_LEFT = Pattern.compile("<html[^>]*\\sdir=\"rtl\"", Pattern.CASE_INSENSITIVE);

    private final byte[] regular;
    private final byte[] bold;

    public PdfRenderer() {
        // read once: every letter for post embeds them
        this.regular = font("fonts/dejavu/DejaVuSans.ttf");
        this.bold = font("fonts/dejavu/DejaVuSans-Bold.ttf");
    }

    public byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(RIGHT_TO_LEFT.matcher(html).find() ? TextDirection.RTL : TextDirection.LTR);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the letters' font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
