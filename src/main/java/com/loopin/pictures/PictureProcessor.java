package com.loopin.pictures;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** How long an upload waits for memory to decode in before it is told to come back. */
    private static final Duration BUDGET_WAIT = Duration.ofSeconds(10);

    /** What a pixel of the copies made while processing takes: Thumbnailator's and the JPEG writer's are int RGB(A). */
    private static final int COPY_BYTES_PER_PIXEL = 4;

    private final PictureProperties properties;
    private final Semaphore budget;
    private final int budgetKib;

    /** Decodes in flight may take a third of the heap together (about 34 MB of the container's 104 MB). */
    @Autowired
    PictureProcessor(PictureProperties properties) {
        this(properties, Runtime.getRuntime().maxMemory() / 3);
    }

    PictureProcessor(PictureProperties properties, long budgetBytes) {
        this.properties = properties;
        this.budgetKib = (int) Math.min(Integer.MAX_VALUE, budgetBytes / 1024);
        this.budget = new Semaphore(budgetKib, true);
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

    /**
     * Decoded memory is bounded, not only pixels: a large picture is subsampled while it is decoded (to no less
     * than the side it is scaled to, or half that side when the budget has no room for more), what processing will
     * take is reserved from the budget before decoding starts and given back after encoding, and a picture that could
     * never fit is refused.
     *
     * @throws PictureRejectedException when it is not a picture we take, or too large
     * @throws RetryLaterException when other uploads hold the budget for longer than a client should wait
     */
    Processed process(byte[] upload) {
        if (upload.length > properties.maxBytes().toBytes()) {
            throw PictureRejectedException.tooLarge(
                    "more than " + properties.maxBytes().toMegabytes() + " MB");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(input);
            try {
                reader.setInput(input, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > properties.maxPixels()) {
                    throw PictureRejectedException.tooLarge(width + " × " + height + " pixels");
                }
                Orientation orientation = orientation(reader);
                int longSide = Math.max(width, height);
                int subsampling = Math.max(1, longSide / properties.maxSide());
                ImageTypeSpecifier decodedType = decodedType(reader);
                int kib = reservationKib(width, height, subsampling, orientation != null, decodedType);
                // what does not fit the budget at that size is decoded smaller, to no less than half the side
                while (kib > budgetKib && ceilDiv(longSide, subsampling + 1) >= properties.maxSide() / 2) {
                    subsampling++;
                    kib = reservationKib(width, height, subsampling, orientation != null, decodedType);
                }
                if (kib > budgetKib) {
                    throw PictureRejectedException.tooLarge(width + " × " + height + " pixels for this server");
                }
                reserve(kib);
                try {
                    return processDecoded(decode(reader, subsampling), orientation);
                } finally {
                    budget.release(kib);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureRejectedException || e instanceof RetryLaterException) {
                throw (RuntimeException) e;
            }
            throw PictureRejectedException.invalid();
        }
    }

    /**
     * What processing holds at most: the decoded picture (in the reader's own pixel type: 3 bytes a pixel for a
     * JPEG, 8 for a 16-bit RGBA PNG), its scaled copy (when it is larger than the bound), that copy turned upright
     * (when EXIF says so; turning keeps the pixel type), and the JPEG writer's RGB copy.
     */
    private int reservationKib(int width, int height, int subsampling, boolean turned, ImageTypeSpecifier type) {
        long decodedWidth = ceilDiv(width, subsampling);
        long decodedHeight = ceilDiv(height, subsampling);
        int decodedBytes = bytesPerPixel(type);
        long decoded = decodedWidth * decodedHeight * decodedBytes;
        boolean scaled = Math.max(decodedWidth, decodedHeight) > properties.maxSide();
        double scale = Math.min(1.0, (double) properties.maxSide() / Math.max(decodedWidth, decodedHeight));
        long boundedPixels = scaled
                ? (long) Math.ceil(decodedWidth * scale) * (long) Math.ceil(decodedHeight * scale)
                : decodedWidth * decodedHeight;
        long copy = boundedPixels * COPY_BYTES_PER_PIXEL;
        // turning keeps the pixel type of what it turns, but an indexed picture may become a full-colour one
        boolean indexed = type != null && type.getColorModel() instanceof IndexColorModel;
        long turnedCopy = scaled ? copy : boundedPixels * Math.max(decodedBytes, indexed ? COPY_BYTES_PER_PIXEL : 1);
        long total = decoded + (scaled ? copy : 0) + (turned ? turnedCopy : 0) + copy;
        return (int) Math.min(Integer.MAX_VALUE, total / 1024 + 1);
    }

    /** The type {@code ImageReader.read} decodes into: the first the reader offers; null when it offers none. */
    private static ImageTypeSpecifier decodedType(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        return types != null && types.hasNext() ? types.next() : null;
    }

    /** Bytes a pixel of this type takes in memory (at least 1); 8, the most a reader we take gives, when unknown. */
    static int bytesPerPixel(ImageTypeSpecifier type) {
        if (type == null) {
            return 8;
        }
        SampleModel model = type.getSampleModel(1, 1);
        int bits = DataBuffer.getDataTypeSize(model.getDataType())
                * (model instanceof SinglePixelPackedSampleModel ? 1 : model.getNumBands());
        return Math.max(1, bits / 8);
    }

    private void reserve(int kib) {
        try {
            if (!budget.tryAcquire(kib, BUDGET_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RetryLaterException(
                        ErrorCode.SERVICE_UNAVAILABLE,
                        "Many pictures are being processed just now. Please try again in a few seconds.",
                        Duration.ofSeconds(5),
                        "picture_decoding");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode a picture", e);
        }
    }

    /** Scaled before it is turned upright: turning the bounded copy takes a fraction of the memory. */
    private Processed processDecoded(BufferedImage image, Orientation orientation) {
        boolean transparent = image.getColorModel().hasAlpha();
        String format = transparent ? "png" : "jpeg";
        BufferedImage bounded = upright(fit(image, properties.maxSide()), orientation);
        BufferedImage thumbnail = fit(bounded, properties.thumbnailSide());
        return new Processed(
                encode(bounded, format), encode(thumbnail, format), format, bounded.getWidth(), bounded.getHeight());
    }

    private static BufferedImage decode(ImageReader reader, int subsampling) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam parameters = reader.getDefaultReadParam();
        if (subsampling > 1) {
            parameters.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        BufferedImage image = reader.read(0, parameters);
        if (!warnings.isEmpty() || image == null) {
            throw PictureRejectedException.invalid();
        }
        return image;
    }

    private static BufferedImage upright(BufferedImage image, Orientation orientation) {
        return orientation == null
                ? image
                : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
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

    /** Phones store pictures as the sensor saw them and say in EXIF how to turn them; null when nothing to turn. */
    private static Orientation orientation(ImageReader reader) {
        try {
            Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
            return orientation == null || orientation == Orientation.TOP_LEFT ? null : orientation;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage fit(BufferedImage image, int side) {
        try {
            if (Math.max(image.getWidth(), image.getHeight()) <= side) {
                return image;
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
