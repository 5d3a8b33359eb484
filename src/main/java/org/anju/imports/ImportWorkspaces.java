package org.anju.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.anju.system.AnjuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the imports keep their uploads while they run: {@code <data dir>/import-workspaces}, one
 * {@link ImportWorkspace} per import, deleted when it ends. Inside the data directory (not the
 * system's temporary directory) so that an upload of 500 MB lands on the disk the data is on, and so
 * that what a killed service left behind is found again. Each workspace is named after the host and
 * process that made it ({@code anju-import-<host>-<pid>-…}); at start the workspaces of this host
 * whose process no longer runs (or whose pid the starting process now has) belong to imports cut off by a crash or a kill, and are deleted (said
 * in the log) — those of another running service sharing the directory are left alone. The import
 * itself was all-or-nothing in the database; its upload is of no further use.
 */
@Component
public class ImportWorkspaces {

    static final String DIRECTORY = "import-workspaces";
    private static final Logger log = LoggerFactory.getLogger(ImportWorkspaces.class);

    private final Path root;
    private final String host = host();
    private final String prefix = ImportWorkspace.PREFIX + host + "-" + ProcessHandle.current().pid() + "-";

    ImportWorkspaces(AnjuProperties properties) {
        this.root = properties.dataDir().resolve(DIRECTORY);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import workspaces in " + root, e);
        }
        List<Path> left = current().stream().filter(this::leftByAStoppedProcessOfThisHost).toList();
        if (!left.isEmpty()) {
            left.forEach(directory -> new ImportWorkspace(directory).close());
            log.warn("Deleted {} upload(s) in {} left by import(s) cut off when the service stopped without closing; "
                    + "those imports wrote nothing (each is all-or-nothing in the database)", left.size(), root);
        }
    }

    /** A new, empty workspace for one import. */
    ImportWorkspace create() {
        try {
            return new ImportWorkspace(Files.createTempDirectory(root, prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean leftByAStoppedProcessOfThisHost(Path workspace) {
        String rest = workspace.getFileName().toString().substring(ImportWorkspace.PREFIX.length());
        if (!rest.startsWith(host + "-")) {
            return false;
        }
        String pid = rest.substring(host.length() + 1).split("-", 2)[0];
        try {
            long process = Long.parseLong(pid);
            // this process has started no import yet: a workspace with its pid is an earlier process's
            return process == ProcessHandle.current().pid() || ProcessHandle.of(process).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The host name as the environment gives it, without characters a file name should not hold. */
    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "localhost";
            }
        }
        return name.replaceAll("[^A-Za-z0-9.]", "_");
    }

    /** The directory that holds the workspaces. */
    Path root() {
        return root;
    }

    /** The workspaces that exist now: one per running import. */
    public List<Path> current() {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith(ImportWorkspace.PREFIX)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
