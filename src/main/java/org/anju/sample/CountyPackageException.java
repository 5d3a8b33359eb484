package org.anju.sample;

import java.nio.file.Path;

/** A county package file that cannot be loaded; names the file and the feature or row (1-based). */
public class CountyPackageException extends RuntimeException {

    public CountyPackageException(Path file, long position, String message) {
        super(file.getFileName() + (position > 0 ? " #" + position : "") + ": " + message);
    }
}
