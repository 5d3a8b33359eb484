package org.anju.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory (under {@code java.io.tmpdir}) deleted with its content on close. */
final class TempDirectory implements AutoCloseable {

    private final Path path;

    TempDirectory() throws IOException {
        this.path = Files.createTempDirectory("anju-export-");
    }

    Path path() {
        return path;
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    /** Deletes the directory and everything in it; tries every file even when one fails. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        IOException failure = null;
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
