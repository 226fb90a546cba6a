package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.database.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: writes from many connections are collected while the previous transaction runs,
 * then written as JDBC batches (one per statement text), or as one execution over all rows for
 * {@link Write#row} writes, in one transaction and committed; only then do their futures complete. Under load batches grow by themselves and throughput rises;
 * alone, a write waits for nothing but its own commit.
 *
 * <p>A batch that fails is retried one submission at a time, so one bad row fails only its own
 * future. Runs on its own platform threads: JDBC never touches an event loop.
 */
public final class GroupCommitWriter implements AutoCloseable {

    /** Sets the parameters of one statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Binds the rows of every submission in a transaction that share one statement at once, e.g. as
     * arrays for {@code INSERT … SELECT FROM unnest(?, ?, …)}: one execution, one round trip and one
     * plan for the whole group instead of a row (or a multi-row VALUES list) each.
     */
    @FunctionalInterface
    public interface RowsBinder<R> {
        void bind(PreparedStatement statement, List<R> rows) throws SQLException;
    }

    /** One row for a {@link RowsBinder}; all rows of a statement text must use the same binder. */
    public record Row<R>(RowsBinder<R> binder, R value) {
    }

    /**
     * One parameterised statement. Submissions with the same SQL text share a JDBC batch, or, when the
     * write carries a {@link Row}, one execution over all their rows.
     */
    public record Write(String sql, Binder binder, Row<?> row) {

        /** A statement bound row by row (batched with the same statement of other submissions). */
        public Write(String sql, Binder binder) {
            this(sql, binder, null);
        }

        /** A row that is written together with the rows of other submissions in one execution. */
        public static <R> Write row(String sql, RowsBinder<R> binder, R value) {
            return new Write(sql, null, new Row<>(binder, value));
        }
    }

    /** Observes batches, e.g. for metrics. */
    public interface Listener {
        void batchCommitted(int submissions, long nanos);

        void batchFailed(int submissions, Throwable cause);
    }

    private record Submission(List<Write> writes, CompletableFuture<Void> done) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final Submission POISON = new Submission(List.of(), new CompletableFuture<>());

    private final DataSource dataSource;
    private final BlockingQueue<Submission> queue;
    private final int maxBatch;
    private final Listener listener;
    private final List<Thread> threads = new ArrayList<>();
    private final DatabaseBreaker breaker;
    private volatile boolean closed;

    /**
     * @param threads  concurrent transactions; order between submissions is kept only within one
     *                 submission, so callers that need order wait for the previous one (as a station does)
     * @param maxBatch most submissions in one transaction
     * @param capacity most submissions waiting; beyond it {@link #submit} fails at once
     */
    public GroupCommitWriter(String name, DataSource dataSource, int threads, int maxBatch, int capacity,
                             Listener listener) {
        this(name, dataSource, threads, maxBatch, capacity, listener, new DatabaseBreaker(java.time.Duration.ofSeconds(1)));
    }

    /**
     * @param breaker opened by a batch that cannot reach the database: while open, submissions fail at once
     *                with {@link DatabaseUnavailableException} (nothing was stored, so nothing acknowledged)
     */
    public GroupCommitWriter(String name, DataSource dataSource, int threads, int maxBatch, int capacity,
                             Listener listener, DatabaseBreaker breaker) {
        this.breaker = breaker;
        this.dataSource = dataSource;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.listener = listener;
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::run, name + "-writer-" + i);
            t.setDaemon(true);
            t.start();
            this.threads.add(t);
        }
    }

    /** Queues statements to be committed together; the future completes after the commit. */
    public CompletableFuture<Void> submit(List<Write> writes) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("writer is closed"));
        } else if (!breaker.allows()) {
            done.completeExceptionally(new DatabaseUnavailableException("the database is unavailable; nothing was stored"));
        } else if (!queue.offer(new Submission(List.copyOf(writes), done))) {
            done.completeExceptionally(new IllegalStateException("write queue full (" + queue.size() + ")"));
        }
        return done;
    }

    public CompletableFuture<Void> submit(Write write) {
        return submit(List.of(write));
    }

    private void run() {
        List<Submission> batch = new ArrayList<>(maxBatch);
        while (true) {
            try {
                Submission first = queue.take();
                if (first == POISON) {
                    return;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                boolean stop = takePoison(batch);
                writeBatch(batch);
                batch.clear();
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Removes the stop marker from a drained batch. A drain can pick up the markers meant for the other
     * threads too; those go back so every thread stops (a lost one kept close() waiting for its join timeout).
     */
    private boolean takePoison(List<Submission> batch) throws InterruptedException {
        boolean stop = false;
        for (Iterator<Submission> it = batch.iterator(); it.hasNext(); ) {
            if (it.next() == POISON) {
                it.remove();
                if (stop) {
                    queue.put(POISON);
                }
                stop = true;
            }
        }
        return stop;
    }

    private void writeBatch(List<Submission> batch) {
        long start = System.nanoTime();
        try {
            execute(batch);
            breaker.succeeded();
            listener.batchCommitted(batch.size(), System.nanoTime() - start);
            batch.forEach(s -> s.done.complete(null));
        } catch (SQLException | RuntimeException | AssertionError e) {
            // AssertionError: pgjdbc asserts on a connection closed under it (with -ea); it must not kill the thread
            listener.batchFailed(batch.size(), e);
            if (breaker.failed(e)) {
                // the database, not a row, failed: no use retrying each submission against a timeout
                failUnavailable(batch, e);
                return;
            }
            if (batch.size() == 1) {
                LOG.warn("write failed: {}", e.getMessage());
                batch.get(0).done.completeExceptionally(e);
                return;
            }
            for (Submission s : batch) {
                writeBatch(new ArrayList<>(List.of(s)));
            }
        }
    }

    private void execute(List<Submission> batch) throws SQLException {
        Map<String, List<Write>> bySql = new LinkedHashMap<>();
        for (Submission s : batch) {
            for (Write w : s.writes) {
                bySql.computeIfAbsent(w.sql(), k -> new ArrayList<>()).add(w);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Map.Entry<String, List<Write>> e : bySql.entrySet()) {
                    try (PreparedStatement ps = c.prepareStatement(e.getKey())) {
                        if (e.getValue().get(0).row() != null) {
                            executeRows(ps, e.getValue());
                            continue;
                        }
                        for (Write w : e.getValue()) {
                            w.binder().bind(ps);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /** Fails the batch and everything queued behind it: none of it can be stored now. */
    private void failUnavailable(List<Submission> batch, Throwable cause) {
        LOG.warn("database unavailable, {} submissions failed: {}", batch.size(), cause.getMessage());
        DatabaseUnavailableException unavailable =
                new DatabaseUnavailableException("the database is unavailable; nothing was stored");
        batch.forEach(s -> s.done.completeExceptionally(unavailable));
        List<Submission> queued = new ArrayList<>();
        queue.drainTo(queued);
        for (Submission s : queued) {
            if (s == POISON) {
                queue.offer(POISON); // a stop marker stays for its thread
            } else {
                s.done.completeExceptionally(unavailable);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void executeRows(PreparedStatement ps, List<Write> writes) throws SQLException {
        RowsBinder<R> binder = (RowsBinder<R>) writes.get(0).row().binder();
        List<R> rows = new ArrayList<>(writes.size());
        for (Write w : writes) {
            rows.add((R) w.row().value());
        }
        binder.bind(ps, rows);
        ps.execute();
    }

    /** Submissions waiting to be written (for the queue gauge). */
    public int queued() {
        return queue.size();
    }

    /** Writes what is queued, then stops the threads. */
    @Override
    public void close() {
        closed = true;
        for (int i = 0; i < threads.size(); i++) {
            try {
                queue.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
