package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.loopin.shared.ErrorCode;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What becomes of an upload, read back from the bytes that would be stored. */
class PictureProcessorTests {

    static final PictureProperties SETTINGS = settings(DataSize.ofMegabytes(10));

    final PictureProcessor processor = new PictureProcessor(SETTINGS);

    @Test
    void aPhonePhotoLosesItsGpsPositionAndAllItsExifAndIsScaledDown() throws Exception {
        byte[] upload = TestPictures.jpegWithGps(3000, 1500, 1);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                        .getFirstDirectoryOfType(GpsDirectory.class))
                .as("the test photo does carry a GPS position")
                .isNotNull();

        var processed = processor.process(upload);

        for (byte[] stored : new byte[][] {processed.picture(), processed.thumbnail()}) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class))
                    .isNull();
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("LoopinTestPhone");
        }
        assertThat(processed.contentType()).isEqualTo("image/jpeg");
        assertThat(processed.width()).isEqualTo(2048);
        assertThat(processed.height()).isEqualTo(1024);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(processed.thumbnail()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUprightBeforeItsOrientationIsDropped() {
        var processed = processor.process(TestPictures.jpegWithGps(40, 20, 6));

        assertThat(processed.width()).isEqualTo(20);
        assertThat(processed.height()).isEqualTo(40);
    }

    @Test
    void pngKeepsItsTransparencyAndAnOpaquePngBecomesJpeg() {
        assertThat(processor.process(TestPictures.png(50, 40, true)).contentType())
                .isEqualTo("image/png");
        var opaque = processor.process(TestPictures.png(50, 40, false));
        assertThat(opaque.contentType()).isEqualTo("image/jpeg");
        assertThat(opaque.width()).as("small pictures keep their size").isEqualTo(50);
    }

    @Test
    void webpLosslessAndLossyAreReadAndEncodedAnew() throws Exception {
        for (byte[] webp : new byte[][] {TestPictures.WEBP_LOSSLESS, TestPictures.WEBP_LOSSY}) {
            var processed = processor.process(webp);
            assertThat(processed.width()).isEqualTo(1);
            assertThat(ImageIO.read(new ByteArrayInputStream(processed.picture())))
                    .isNotNull();
        }
    }

    @Test
    void aPolyglotKeepsOnlyItsPixels() {
        var processed = processor.process(TestPictures.polyglot());

        assertThat(new String(processed.picture(), StandardCharsets.ISO_8859_1))
                .doesNotContain("<script>")
                .doesNotContain("PK");
    }

    @Test
    void whatIsNotAJpegPngOrWebpIsRefusedAsUnsupported() {
        assertRefused(TestPictures.gif(10, 10), ErrorCode.PICTURE_TYPE_NOT_SUPPORTED);
        assertRefused(
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                ErrorCode.PICTURE_TYPE_NOT_SUPPORTED);
        assertRefused(
                "just text, named photo.jpg".getBytes(StandardCharsets.UTF_8), ErrorCode.PICTURE_TYPE_NOT_SUPPORTED);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
        byte[] bomb = TestPictures.pngBomb();
        assertThat(bomb.length).isLessThan(1000);

        assertRefused(bomb, ErrorCode.PICTURE_TOO_LARGE);
    }

    @Test
    void aTruncatedFileIsRefusedAsInvalid() {
        assertRefused(TestPictures.truncated(), ErrorCode.PICTURE_INVALID);
    }

    @Test
    void aFileOverTheByteLimitIsRefusedUnread() {
        var small = settings(DataSize.ofKilobytes(1));

        assertThatThrownBy(() -> new PictureProcessor(small).process(TestPictures.jpeg(400, 400)))
                .isInstanceOfSatisfying(
                        PictureRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PICTURE_TOO_LARGE));
    }

    @Test
    void decodingIsReservedAtTheReadersOwnPixelSize() {
        assertThat(PictureProcessor.bytesPerPixel(
                        ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_3BYTE_BGR)))
                .as("a JPEG")
                .isEqualTo(3);
        assertThat(PictureProcessor.bytesPerPixel(
                        ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_INT_ARGB)))
                .isEqualTo(4);
        assertThat(PictureProcessor.bytesPerPixel(
                        ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_BYTE_INDEXED)))
                .as("a palette PNG")
                .isEqualTo(1);
        assertThat(PictureProcessor.bytesPerPixel(ImageTypeSpecifier.createInterleaved(
                        ColorSpace.getInstance(ColorSpace.CS_sRGB),
                        new int[] {0, 1, 2, 3},
                        DataBuffer.TYPE_USHORT,
                        true,
                        false)))
                .as("a 16-bit RGBA PNG")
                .isEqualTo(8);
        assertThat(PictureProcessor.bytesPerPixel(null)).as("unknown").isEqualTo(8);
    }

    static PictureProperties settings(DataSize maxBytes) {
        return new PictureProperties(
                "local",
                maxBytes,
                40_000_000,
                2048,
                320,
                30,
                30,
                Duration.ofHours(24),
                Duration.ofHours(1),
                "",
                "unused",
                new PictureProperties.S3(null, null, null, null, null, null, true));
    }

    private void assertRefused(byte[] upload, ErrorCode code) {
        assertThatThrownBy(() -> processor.process(upload))
                .isInstanceOfSatisfying(
                        PictureRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(code));
    }
}
