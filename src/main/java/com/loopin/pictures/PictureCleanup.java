package com.loopin.pictures;

import com.loopin.users.UserDeleted;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deletes what nothing uses: uploads older than {@code PICTURE_ORPHAN_HOURS} that no profile or event refers to (an
 * upload the app never used, a picture replaced or removed), and at once the pictures of a deleted account. Files
 * go first, then the row; a file that cannot be deleted keeps its row, so the next run tries again. Any instance
 * may run it; deleting twice is harmless.
 */
@Component
class PictureCleanup {

    private static final Logger log = LoggerFactory.getLogger(PictureCleanup.class);
    private static final int BATCH = 50;

    private final PictureRepository repository;
    private final Pictures pictures;
    private final PictureProperties properties;
    private final Clock clock;

    PictureCleanup(PictureRepository repository, Pictures pictures, PictureProperties properties, Clock clock) {
        this.repository = repository;
        this.pictures = pictures;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many pictures were deleted */
    @Scheduled(cron = "0 41 * * * *")
    int deleteOrphans() {
        int deleted = 0;
        var before = clock.instant().minus(properties.orphanGrace());
        List<PictureRepository.Row> candidates = repository.createdBefore(before, 1000);
        for (int from = 0; from < candidates.size(); from += BATCH) {
            var batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Set<String> used = pictures.namesInUse(
                    batch.stream().map(PictureRepository.Row::key).collect(Collectors.toSet()));
            for (var row : batch) {
                if (!used.contains(row.key()) && pictures.delete(row)) {
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} pictures no profile uses", deleted);
        }
        return deleted;
    }

    /** After the deletion commits, away from the request's connection: the storage may be another service. */
    @TransactionalEventListener
    void on(UserDeleted event) {
        Thread.ofVirtual().name("picture-deletion").start(() -> {
            try {
                repository.forUser(event.userId()).forEach(pictures::delete);
            } catch (RuntimeException e) {
                log.warn("Pictures of a deleted account left for the hourly clean-up: {}", e.getMessage());
            }
        });
    }
}
