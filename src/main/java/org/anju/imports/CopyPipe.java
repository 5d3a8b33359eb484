package org.anju.imports;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.postgresql.copy.CopyIn;

/**
 * Sends the chunks of one {@code COPY … FROM STDIN} from a thread of its own, so that the import's
 * thread reads and checks the next rows while PostgreSQL takes in the previous ones (on two cores,
 * the reader and the server work at the same time instead of in turns). At most {@value #DEPTH}
 * chunks wait, so memory stays at a few chunks. A failure of the sender is thrown by the next
 * {@link #send} or by {@link #finish}. The COPY is started and ended by the import's thread, which
 * owns the connection; the sender only writes data while that thread does not use it.
 */
final class CopyPipe {

    static final int DEPTH = 4;

    private static final byte[] END = new byte[0];

    private final CopyIn copy;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(DEPTH);
    private final Thread sender;
    private volatile Exception failure;

    CopyPipe(CopyIn copy, String name) {
        this.copy = copy;
        this.sender = new Thread(this::sendAll, "anju-copy-" + name);
        sender.setDaemon(true);
        sender.start();
    }

    private void sendAll() {
        try {
            while (true) {
                byte[] chunk = chunks.take();
                if (chunk == END) {
                    return;
                }
                copy.writeToCopy(chunk, 0, chunk.length);
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues {@code chunk}; waits while {@value #DEPTH} chunks wait already. */
    void send(byte[] chunk) throws SQLException {
        put(chunk);
    }

    /** Sends what is queued, ends the COPY and returns the rows PostgreSQL took. */
    long finish() throws SQLException {
        put(END);
        join();
        rethrow();
        return copy.endCopy();
    }

    /** Stops sending and cancels the COPY (after a failure elsewhere; the transaction rolls back). */
    void cancel() {
        sender.interrupt();
        join();
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }

    private void put(byte[] chunk) throws SQLException {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!sender.isAlive()) {
                    throw new SQLException("COPY sender stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending COPY data", e);
        }
        rethrow();
    }

    private void join() {
        try {
            sender.join(TimeUnit.MINUTES.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws SQLException {
        Exception e = failure;
        if (e instanceof SQLException sql) {
            throw sql;
        }
        if (e != null) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}
