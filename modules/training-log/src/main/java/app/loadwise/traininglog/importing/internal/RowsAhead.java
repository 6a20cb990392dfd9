package app.loadwise.traininglog.importing.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Parses and validates the rows of an upload on a thread of its own, ahead of the thread that matches and writes
 * them, through a bounded queue: at most {@code capacity} rows wait, so memory stays flat however large the file.
 * {@link #next()} hands rows out in file order; the caller counts what it took, so a checkpoint is always the
 * number of rows handed to the writer, never what was read ahead. A failure while reading (a broken or hostile
 * file) is thrown from {@code next()} in the caller's thread, after the rows before it. The scanner is touched
 * only by the reading thread and closed by it.
 */
public final class RowsAhead implements AutoCloseable {

    private static final Object END = new Object();

    private record Failure(RuntimeException exception) {
    }


    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    /** What stopped the reading when it could not be queued (the reading thread was interrupted). */
    private volatile RuntimeException unqueued;
    private boolean finished;

    /** Starts reading at once: skips the first {@code skip} rows (handed out by an earlier attempt), then queues the rest. */
    public RowsAhead(UploadScanner scanner, long skip, int capacity, ThreadFactory threads) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.thread = threads.newThread(() -> read(scanner, skip));
        this.thread.start();
    }

    /** Plain daemon threads, for tools and tests outside the container. */
    public static ThreadFactory plainThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "import-rows-ahead");
            t.setDaemon(true);
            return t;
        };
    }

    private void read(UploadScanner scanner, long skip) {
        try {
            long skipped = 0;
            while (skipped < skip && !closed && scanner.next() != null) {
                skipped++;
            }
            UploadScanner.Scanned row;
            while (!closed && (row = scanner.next()) != null) {
                if (!put(row)) {
                    return;
                }
            }
            put(END);
        } catch (RuntimeException e) {
            if (!put(new Failure(e))) {
                unqueued = e;
            }
        } catch (Error e) {
            IllegalStateException failure = new IllegalStateException("reading the file failed: " + e, e);
            if (!put(new Failure(failure))) {
                unqueued = failure;
            }
            throw e;
        } finally {
            scanner.close();
        }
    }

    /** Queues an item; false when it could not be (closed, or the reading thread was interrupted). */
    private boolean put(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next row in file order, or null at the end; rethrows what stopped the reading. */
    public UploadScanner.Scanned next() {
        if (finished) {
            return null;
        }
        Object item;
        try {
            while ((item = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (!thread.isAlive() && queue.isEmpty()) {
                    finished = true;
                    if (unqueued != null) {
                        throw unqueued;
                    }
                    throw new IllegalStateException("reading the file stopped before its end (its thread was interrupted);"
                            + " the rows after the last one handed out were not read");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next row", e);
        }
        if (item == END) {
            finished = true;
            return null;
        }
        if (item instanceof Failure failure) {
            finished = true;
            throw failure.exception();
        }
        return (UploadScanner.Scanned) item;
    }

    /** Stops reading ahead and waits for the reading thread to close the file. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
