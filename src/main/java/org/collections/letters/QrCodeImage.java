package org.collections.letters;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The EPC QR code of a payment as a PNG: error correction level M and at most version 13, as EPC069-12 requires, with
 * the quiet zone of four modules around it drawn in, so that it scans wherever the letter places it.
 *
 * <p>The same payload always gives the same bytes (ZXing chooses the mask by a fixed rule, the PNG has no time in
 * it), so a letter rendered twice is the same letter.
 */
public final class QrCodeImage {

    /** EPC069-12 allows versions 1 to 13 (up to 331 bytes at level M). */
    public static final int MAX_VERSION = 13;
    private static final int QUIET_ZONE = 4;
    /**
     * Pixels per module: the letter shows the code about 3 cm wide, and a PDF viewer that smooths a small image
     * scaled up that far would blur the modules' edges; six pixels a module keep them sharp at any zoom.
     */
    private static final int PIXELS_PER_MODULE = 6;
    private static final ImageWriterSpi PNG = pngWriter();

    private QrCodeImage() {
    }

    /** The PNG of the payload's QR code. */
    public static byte[] png(String payload) {
        ByteMatrix matrix = encode(payload).getMatrix();
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        int size = modules * PIXELS_PER_MODULE;
        // one bit per pixel, 1 = white in the default black-and-white palette; written a row of bytes at a time
        // (setRGB per pixel went through the colour model for each of up to 200,000 pixels)
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (size + 7) / 8;
        for (int my = 0; my < modules; my++) {
            byte[] row = new byte[stride];
            for (int x = 0; x < size; x++) {
                int mx = x / PIXELS_PER_MODULE - QUIET_ZONE;
                int y = my - QUIET_ZONE;
                boolean dark = mx >= 0 && y >= 0 && mx < matrix.getWidth() && y < matrix.getHeight()
                        && matrix.get(mx, y) == 1;
                if (!dark) {
                    row[x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
            for (int line = 0; line < PIXELS_PER_MODULE; line++) {
                System.arraycopy(row, 0, pixels, (my * PIXELS_PER_MODULE + line) * stride, stride);
            }
        }
        // in memory: ImageIO.write would look the writer up in its synchronized registry and, with its cache on,
        // buffer every image in a temporary file
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriter writer = PNG.createWriterInstance();
            try {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG as a {@code data:} URI, for an {@code <img>} in the letter's HTML. */
    public static String dataUri(String payload) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(payload));
    }

    private static ImageWriterSpi pngWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime writes no PNG");
        }
        ImageWriter writer = writers.next();
        try {
            return writer.getOriginatingProvider();
        } finally {
            writer.dispose();
        }
    }

    /** The QR version the payload needs (1 to 13). */
    public static int version(String payload) {
        return encode(payload).getVersion().getVersionNumber();
    }

    /**
     * Encodes the payload's UTF-8 bytes as they are. ZXing writes a string's characters as ISO-8859-1 bytes unless
     * given a character set, and given UTF-8 it adds an ECI header (12 bits) that EPC069-12 does not ask for and that
     * pushes a full 331-byte payload past version 13. The payload declares UTF-8 itself (its third line), so each
     * UTF-8 byte is handed over as the ISO-8859-1 character of the same value and reaches the code unchanged.
     */
    private static QRCode encode(String payload) {
        String bytes = new String(payload.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try {
            QRCode code = Encoder.encode(bytes, ErrorCorrectionLevel.M);
            if (code.getVersion().getVersionNumber() > MAX_VERSION) {
                throw new IllegalArgumentException("the payment code needs QR version "
                        + code.getVersion().getVersionNumber() + ", EPC069-12 allows up to " + MAX_VERSION);
            }
            return code;
        } catch (WriterException e) {
            throw new IllegalArgumentException("the payment code cannot be drawn: " + e.getMessage(), e);
        }
    }
}
