package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.ErrorCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Second-review finding 2: a 6324 × 6324 RGBA PNG (~155 KB on the wire, under the pixel limit) decodes to ~160 MB,
 * and two of them ended an instance with the Dockerfile's heap. Decoded memory is now bounded: subsampled while
 * decoding, reserved from a budget before decoding, refused when it could never fit.
 */
class PictureMemoryTests {

    static final int WORST_SIDE = 6324;
    static byte[] worstCase;

    @BeforeAll
    static void drawTheWorstCase() throws IOException {
        var image = new BufferedImage(WORST_SIDE, WORST_SIDE, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(20, 120, 200, 128));
        graphics.fillRect(0, 0, WORST_SIDE, WORST_SIDE);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        worstCase = bytes.toByteArray();
    }

    @Test
    void theWorstCaseIsDecodedSubsampledAndScaledToTheBound() {
        var processor = new PictureProcessor(
                PictureProcessorTests.SETTINGS, DataSize.ofMegabytes(64).toBytes());
        var processed = processor.process(worstCase);
        assertThat(processed.width()).isEqualTo(2048);
        assertThat(processed.height()).isEqualTo(2048);
        assertThat(processed.format()).isEqualTo("png");
    }

    @Test
    void aTwelveMegapixelPhoneJpegTakenSidewaysIsTakenOnTheContainersBudget() throws IOException {
        // a third of the Dockerfile's heap
        var processor = new PictureProcessor(PictureProcessorTests.SETTINGS, dockerfileHeapBytes() / 3);
        var processed = processor.process(TestPictures.jpegWithGps(4032, 3024, 6));
        assertThat(processed.height()).isGreaterThan(processed.width());
        assertThat(processed.height()).isGreaterThanOrEqualTo(2016);
        assertThat(processed.format()).isEqualTo("jpeg");
    }

    @Test
    void aPictureThatCouldNeverFitTheBudgetIsRefusedAsTooLarge() {
        var processor = new PictureProcessor(
                PictureProcessorTests.SETTINGS, DataSize.ofMegabytes(8).toBytes());
        assertThatThrownBy(() -> processor.process(worstCase))
                .isInstanceOfSatisfying(
                        PictureRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PICTURE_TOO_LARGE));
    }

    @Test
    void eightWorstCasesInParallelOnTheDockerfilesHeapLeaveTheJvmRunning() throws Exception {
        Path upload = Files.createTempFile("worst-case", ".png");
        Files.write(upload, worstCase);
        String java = ProcessHandle.current().info().command().orElse("java");
        // the Dockerfile's JVM in a 512 MB container (its heap and collector; an OutOfMemoryError ends it)
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:MaxRAM=512m"));
        command.addAll(dockerfileJvmFlags().stream()
                .filter(flag -> !flag.startsWith("-XX:AOTCache") && !flag.startsWith("-D") && !flag.startsWith("-Xlog"))
                .toList());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                PictureMemoryProbe.class.getName(),
                upload.toString(),
                "8"));
        var probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(probe.waitFor(120, TimeUnit.SECONDS))
                .as("the probe finished")
                .isTrue();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.delete(upload);

        assertThat(probe.exitValue())
                .as("the JVM did not run out of memory:\n" + output)
                .isZero();
        List<String> outcomes = output.lines()
                .filter(line -> line.startsWith("processed") || line.startsWith("refused"))
                .toList();
        assertThat(outcomes).hasSize(8);
        // on this heap the worst case is decoded smaller than the published side, but no smaller than its half
        assertThat(outcomes).as("at least one was processed").anyMatch(line -> line.startsWith("processed "));
        assertThat(outcomes)
                .as("the others were processed or told to come back, never failed otherwise")
                .allMatch(line -> line.matches("processed (1[0-9]{3}|20[0-4][0-9])x\\1")
                        || line.equals("refused SERVICE_UNAVAILABLE"));
    }

    /** The JVM flags of the Dockerfile's ENTRYPOINT: everything between {@code java} and {@code -jar}. */
    static List<String> dockerfileJvmFlags() throws IOException {
        String entrypoint = Files.readAllLines(Path.of("Dockerfile")).stream()
                .filter(line -> line.startsWith("ENTRYPOINT"))
                .findFirst()
                .orElseThrow();
        List<String> command = java.util.regex.Pattern.compile("\"([^\"]*)\"")
                .matcher(entrypoint)
                .results()
                .map(match -> match.group(1))
                .toList();
        return command.subList(1, command.indexOf("-jar"));
    }

    /** The Dockerfile's {@code -Xmx}. */
    static long dockerfileHeapBytes() throws IOException {
        String heap = dockerfileJvmFlags().stream()
                .filter(flag -> flag.startsWith("-Xmx"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile sets no -Xmx"));
        return DataSize.parse(heap.substring("-Xmx".length()).toUpperCase(java.util.Locale.ROOT) + "B")
                .toBytes();
    }
}
