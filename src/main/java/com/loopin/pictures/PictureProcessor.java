package com.loopin.pictures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into pictures safe to publish. The type is recognised from the bytes (ImageIO's readers, with
 * TwelveMonkeys' JPEG and WebP ones), never from a name or a declared type; the size in pixels is read from the
 * header and bounded before anything is decoded; the picture is decoded, turned upright as its EXIF orientation
 * says, scaled down to {@code PICTURE_MAX_SIDE}, and encoded anew: JPEG, or PNG where it has transparency. Nothing
 * of the upload but its pixels survives, so no metadata (GPS included) and no trailing or hidden data reaches
 * anyone. A reader that warns (a truncated or damaged file) refuses the picture.
 */
@Component
class PictureProcessor {

    private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");
    private static final float JPEG_QUALITY = 0.85f;

    private final PictureProperties properties;

    PictureProcessor(PictureProperties properties) {
        this.properties = properties;
    }

    /** A picture and its thumbnail, encoded in one format. */
    record Processed(byte[] picture, byte[] thumbnail, String format, int width, int height) {

        String contentType() {
            return "png".equals(format) ? "image/png" : "image/jpeg";
        }

        String extension() {
            return "png".equals(format) ? "png" : "jpg";
        }
    }

    Processed process(byte[] upload) {
        if (upload.length > properties.maxBytes().toBytes()) {
            throw PictureRejectedException.tooLarge(
                    "more than " + properties.maxBytes().toMegabytes() + " MB");
        }
        BufferedImage image = decode(upload);
        boolean transparent = image.getColorModel().hasAlpha();
        String format = transparent ? "png" : "jpeg";
        BufferedImage bounded = fit(image, properties.maxSide());
        BufferedImage thumbnail = fit(image, properties.thumbnailSide());
        return new Processed(
                encode(bounded, format), encode(thumbnail, format), format, bounded.getWidth(), bounded.getHeight());
    }

    private BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(input);
            try {
                reader.setInput(input, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.maxPixels()) {
                    throw PictureRejectedException.tooLarge(
                            reader.getWidth(0) + " × " + reader.getHeight(0) + " pixels");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty() || image == null) {
                    throw PictureRejectedException.invalid();
                }
                return upright(image, reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureRejectedException rejected) {
                throw rejected;
            }
            throw PictureRejectedException.invalid();
        }
    }

    private static ImageReader readerFor(ImageInputStream input) {
        if (input == null) {
            throw PictureRejectedException.unsupported();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (ACCEPTED.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // a reader that cannot name its format is not one we take
            }
            reader.dispose();
        }
        throw PictureRejectedException.unsupported();
    }

    /** Phones store pictures as the sensor saw them and say in EXIF how to turn them; we turn them. */
    private static BufferedImage upright(BufferedImage image, ImageReader reader) {
        try {
            Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
            if (orientation == null || orientation == Orientation.TOP_LEFT) {
                return image;
            }
            return ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
        } catch (IOException | RuntimeException e) {
            return image;
        }
    }

    private static BufferedImage fit(BufferedImage image, int side) {
        try {
            if (Math.max(image.getWidth(), image.getHeight()) <= side) {
                return Thumbnails.of(image).scale(1.0).asBufferedImage();
            }
            return Thumbnails.of(image).size(side, side).asBufferedImage();
        } catch (IOException e) {
            throw PictureRejectedException.invalid();
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if ("png".equals(format)) {
                ImageIO.write(image, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (var output = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(output);
                ImageWriteParam parameters = writer.getDefaultWriteParam();
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(opaque(image), null, null), parameters);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("encoding a decoded picture failed", e);
        }
    }

    /** JPEG has no alpha channel, and writers choke on odd colour models: plain RGB it is. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, Color.WHITE, null);
        graphics.dispose();
        return rgb;
    }
}
