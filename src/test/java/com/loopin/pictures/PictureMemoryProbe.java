package com.loopin.pictures;

import com.loopin.shared.DomainException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.util.unit.DataSize;

/**
 * Run in a JVM of its own with the container's heap: processes one upload N times in parallel, as N users
 * uploading the same worst case at once, and prints what became of each. An OutOfMemoryError ends the JVM
 * ({@code -XX:+ExitOnOutOfMemoryError}), which is what the calling test looks for.
 */
public final class PictureMemoryProbe {

    public static void main(String[] args) throws Exception {
        byte[] upload = Files.readAllBytes(Path.of(args[0]));
        int parallel = Integer.parseInt(args[1]);
        var processor = new PictureProcessor(PictureProcessorTests.settings(DataSize.ofMegabytes(10)));
        List<Callable<String>> uploads = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            uploads.add(() -> {
                try {
                    var processed = processor.process(upload);
                    return "processed " + processed.width() + "x" + processed.height();
                } catch (DomainException refused) {
                    return "refused " + refused.code();
                }
            });
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> outcome : executor.invokeAll(uploads)) {
                System.out.println(outcome.get());
            }
        }
    }
}
