package org.anju.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spools text per group into temporary UTF-8 files so that interleaved rows can be written group by
 * group afterwards, groups in order of first appearance. At most {@value #MAX_OPEN} files are open
 * at a time (least recently used ones are closed and reopened for appending), so memory is bounded
 * by that many 8 KB buffers plus one map entry per distinct group.
 */
final class GroupSpool implements AutoCloseable {

    static final int MAX_OPEN = 16;

    /** Receives one group's spooled file. */
    interface GroupFile {
        void accept(String group, Path file) throws IOException;
    }

    private final TempDirectory directory;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final LinkedHashMap<String, Writer> open = new LinkedHashMap<>(MAX_OPEN * 2, 0.75f, true);

    GroupSpool() throws IOException {
        this.directory = new TempDirectory();
    }

    /** The writer of a group's file; valid until the next call. */
    Writer writer(String group) throws IOException {
        Writer writer = open.get(group);
        if (writer != null) {
            return writer;
        }
        Path file = files.get(group);
        if (file == null) {
            file = directory.resolve("group-" + files.size() + ".part");
            files.put(group, file);
        }
        if (open.size() >= MAX_OPEN) {
            Iterator<Writer> eldest = open.values().iterator();
            Writer closing = eldest.next();
            eldest.remove();
            closing.close();
        }
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        open.put(group, writer);
        return writer;
    }

    /** Closes the open files, then hands over each group's file in order of first appearance. */
    void forEachGroup(GroupFile consumer) throws IOException {
        closeWriters();
        for (Map.Entry<String, Path> group : files.entrySet()) {
            consumer.accept(group.getKey(), group.getValue());
        }
    }

    private void closeWriters() throws IOException {
        IOException failure = null;
        for (Writer writer : open.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes the files and deletes them. */
    @Override
    public void close() throws IOException {
        try {
            closeWriters();
        } finally {
            directory.close();
        }
    }
}
