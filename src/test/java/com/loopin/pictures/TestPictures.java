package com.loopin.pictures;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Pictures made in the test, good and bad, as phones and attackers send them. */
final class TestPictures {

    /** A 1 × 1 lossless WebP (the image browsers' feature tests use). */
    static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /** A 1 × 1 lossy WebP. */
    static final byte[] WEBP_LOSSY =
            Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private TestPictures() {}

    static BufferedImage drawing(int width, int height, boolean transparent) {
        var image = new BufferedImage(
                width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, new Color(40, 60, 200, 180)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(drawing(width, height, false), "jpeg");
    }

    static byte[] png(int width, int height, boolean transparent) {
        return encode(drawing(width, height, transparent), "png");
    }

    static byte[] gif(int width, int height) {
        return encode(drawing(width, height, false), "gif");
    }

    /** A phone photo: camera make, GPS position (Bengaluru) and an orientation in its EXIF. */
    static byte[] jpegWithGps(int width, int height, int orientation) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(77.5946, 12.9716);
            var root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "LoopinTestPhone");
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            var out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JPEG that is also something else: HTML with a script after the image, then a ZIP's end record. */
    static byte[] polyglot() {
        byte[] image = jpeg(64, 48);
        byte[] tail = "<html><script>alert('pwned')</script></html>PK\u0005\u0006".getBytes(StandardCharsets.UTF_8);
        byte[] both = Arrays.copyOf(image, image.length + tail.length);
        System.arraycopy(tail, 0, both, image.length, tail.length);
        return both;
    }

    static byte[] truncated() {
        byte[] whole = jpeg(400, 300);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A decompression bomb: a PNG a few hundred bytes long whose header says 30 000 × 30 000 pixels (3.6 GB once
     * decoded).
     */
    static byte[] pngBomb() {
        try {
            var out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            var header = java.nio.ByteBuffer.allocate(13)
                    .putInt(30_000)
                    .putInt(30_000)
                    .put((byte) 8)
                    .put((byte) 2)
                    .put((byte) 0)
                    .put((byte) 0)
                    .put((byte) 0);
            chunk(out, "IHDR", header.array());
            var deflater = new Deflater(9);
            deflater.setInput(new byte[64 * 1024]);
            deflater.finish();
            byte[] buffer = new byte[1024];
            int length = deflater.deflate(buffer);
            chunk(out, "IDAT", Arrays.copyOf(buffer, length));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
