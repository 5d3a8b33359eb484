package org.anju.imports;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY … FROM STDIN} fed as its rows are made: they are sent in pieces of 64 kB, so
 * that PostgreSQL writes the first rows while the later ones are still being made (the whole text
 * is never held). Errors of the rows sent so far come at {@link #end()} at the latest.
 */
final class CopyStream {

    private static final int PIECE = 64 * 1024;

    private final CopyIn copy;
    private final byte[] piece = new byte[PIECE];
    private int filled;

    CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    void write(byte[] row) throws SQLException {
        if (filled + row.length > PIECE) {
            send();
        }
        if (row.length > PIECE) {
            copy.writeToCopy(row, 0, row.length);
        } else {
            System.arraycopy(row, 0, piece, filled, row.length);
            filled += row.length;
        }
    }

    /** Sends what is left and ends the COPY: PostgreSQL's answer, or its error, comes here. */
    long end() throws SQLException {
        send();
        return copy.endCopy();
    }

    /** After a failure: ends the COPY without writing anything (the transaction is aborted anyway). */
    void cancelIfActive() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void send() throws SQLException {
        if (filled > 0) {
            copy.writeToCopy(piece, 0, filled);
            filled = 0;
        }
    }
}
