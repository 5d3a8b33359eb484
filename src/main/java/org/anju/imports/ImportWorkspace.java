package org.anju.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary directory for one import (made by {@link ImportWorkspaces}, prefix
 * {@code anju-import-}): the upload and whatever is unpacked from it. {@link #close()} deletes it
 * with everything inside, also when the import failed, so nothing is left behind.
 */
final class ImportWorkspace implements AutoCloseable {

    static final String PREFIX = "anju-import-";

    private final Path directory;

    ImportWorkspace(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** A new empty sub-directory, e.g. for the content of a zip ({@code name-2}, … when {@code name} exists). */
    Path newDirectory(String name) {
        try {
            Path wanted = directory.resolve(name);
            for (int n = 2; Files.exists(wanted); n++) {
                wanted = directory.resolve(name + "-" + n);
            }
            return Files.createDirectory(wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
