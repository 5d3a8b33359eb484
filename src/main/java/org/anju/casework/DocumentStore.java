package org.anju.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.anju.system.AnjuProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the files of the archive (一户一档) under {@code ANJU_DATA_DIR/casework/documents}. A file is
 * stored under a generated name (a random UUID, two-level fan-out by its first characters); the
 * client's file name never becomes part of a path, so names like {@code ../../etc/passwd} cannot
 * reach outside the directory. Every resolved path is checked to lie inside it anyway. The bean is
 * the archive's store; {@link #at} makes another one with the same rules.
 */
@Component
public class DocumentStore {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");

    private final Path root;

    @Autowired
    DocumentStore(AnjuProperties properties) {
        this(properties.dataDir().resolve("casework").resolve("documents"));
    }

    private DocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * A store of its own under {@code root}, with the same rules (random names, size limit, no path
     * from the client): e.g. the photos of inspection tasks.
     */
    public static DocumentStore at(Path root) {
        return new DocumentStore(root);
    }

    /** A file written to the store: its generated name, size and SHA-256 (hex). */
    public record Stored(String name, long size, String sha256) {
    }

    /**
     * Copies {@code content} into the store, at most {@code maxBytes}; nothing is left behind when it
     * fails or is too large.
     *
     * @throws TooLargeException when the content exceeds {@code maxBytes}
     */
    public Stored store(InputStream content, long maxBytes) {
        String name = UUID.randomUUID().toString().replace("-", "");
        Path target = resolve(name);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha256);
                 OutputStream out = Files.newOutputStream(temporary)) {
                size = copyAtMost(in, out, maxBytes);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            return new Stored(name, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** The path of a stored file; refuses any name the store did not generate. */
    public Path resolve(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("not a stored document name: " + storedName);
        }
        Path path = root.resolve(storedName.substring(0, 2)).resolve(storedName).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("outside the document store: " + storedName);
        }
        return path;
    }

    /** Deletes a stored file (used when the database insert of its record fails). */
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The content was larger than allowed. */
    public static final class TooLargeException extends RuntimeException {
        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
