package org.relman.cmdb.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.inject.Named;

/**
 * The threads imports run on. One import at a time per node (others queue), so a node never holds two files' worth
 * of keys in memory. Job rows are written from a thread of their own, never from inside the import's own database
 * transaction: progress must be committed (and visible to every node) while the import's write is still open.
 * Idle threads end after a minute; {@link #close()} (called when the plugin stops) ends them at once.
 */
@Named
public class ImportWorkers implements AutoCloseable {
    private static final long CLOSE_WAIT_SECONDS = 20;

    private final ThreadPoolExecutor imports = pool("relman-cmdb-import");
    private final ThreadPoolExecutor jobRows = pool("relman-cmdb-import-progress");

    /** Runs an import on the import thread, after the ones queued before it. */
    public void start(Runnable importJob) {
        imports.execute(importJob);
    }

    /** Writes a job row soon; writes happen in the order asked. */
    public void record(Runnable write) {
        jobRows.execute(write);
    }

    /** Writes a job row after every write asked before, and waits for it. */
    public void recordAndWait(Runnable write) {
        try {
            jobRows.submit(write).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording an import job", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stops the imports (an interrupted import rolls back) and waits a bounded time for them and for the job rows they
     * asked for, so that nothing of an import still writes once the plugin (or a test) has moved on.
     */
    @Override
    public void close() {
        imports.shutdownNow();
        jobRows.shutdown();
        try {
            if (!imports.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)
                    || !jobRows.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                jobRows.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadPoolExecutor pool(String name) {
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
