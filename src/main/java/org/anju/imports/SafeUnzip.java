package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip (or KMZ) into a directory, refusing what could hurt the server: entries whose name
 * leads outside the directory (zip slip: {@code ../}, absolute paths, drive letters), more entries
 * than allowed, more bytes in all than allowed, and entries that expand by a suspicious ratio (zip
 * bombs). Sizes are counted while inflating, never trusted from the zip's own headers. Directory
 * entries and macOS resource forks ({@code __MACOSX/}, {@code ._name}) are skipped.
 */
final class SafeUnzip {

    private final ImportProperties limits;

    SafeUnzip(ImportProperties limits) {
        this.limits = limits;
    }

    /** The files unpacked, relative order as in the zip. Throws {@link ImportFailure} when refused. */
    List<Path> unpack(Path zip, Path target) {
        List<Path> files = new ArrayList<>();
        long total = 0;
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zipFile = new ZipFile(zip.toFile(), java.nio.charset.Charset.forName("GB18030"))) {
            if (zipFile.size() > limits.maxZipEntries()) {
                throw new ImportFailure("file", zipFile.size(), "import.zip.tooManyEntries", limits.maxZipEntries());
            }
            var entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                Path destination = root.resolve(name).normalize();
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || !destination.startsWith(root)
                        || destination.equals(root)) {
                    throw new ImportFailure("file", entry.getName(), "import.zip.unsafeEntry");
                }
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || destination.getFileName().toString().startsWith("._")) {
                    continue;
                }
                Files.createDirectories(destination.getParent());
                total += copy(zipFile, entry, destination, limits.maxUncompressedBytes() - total);
                files.add(destination);
            }
        } catch (ZipException e) {
            throw new ImportFailure("file", zip.getFileName().toString(), "import.zip.broken", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new ImportFailure("file", zip.getFileName().toString(), "import.zip.broken", String.valueOf(e.getMessage()));
        }
        return files;
    }

    private long copy(ZipFile zip, ZipEntry entry, Path destination, long budget) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > budget) {
                    throw new ImportFailure("file", entry.getName(), "import.zip.tooLarge", limits.maxUncompressedBytes());
                }
                // small entries may compress well (a DBF full of blanks): judge the ratio beyond 1 MB only
                if (written > (1 << 20) && written / (double) compressed > limits.maxCompressionRatio()) {
                    throw new ImportFailure("file", entry.getName(), "import.zip.bomb", limits.maxCompressionRatio());
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }
}
