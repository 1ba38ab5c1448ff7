package com.loopin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls at the same time, as several phones do, and gathers their results in order. */
public final class Concurrently {

    private Concurrently() {}

    public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
        try (var threads = Executors.newFixedThreadPool(Math.min(16, tasks.size()))) {
            List<Future<T>> futures = threads.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
