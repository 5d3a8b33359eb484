package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.anju.system.AnjuProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uploads of imports cut off by a kill are deleted at the next start; those of a running service are not. */
class ImportWorkspacesTest {

    @TempDir
    Path data;

    private ImportWorkspaces start() {
        return new ImportWorkspaces(new AnjuProperties(data, null, null));
    }

    @Test
    void aStartDeletesTheWorkspacesOfStoppedProcessesOfThisHostAndKeepsThoseOfRunningOnes() throws Exception {
        ImportWorkspace earlier = start().create();
        Files.writeString(earlier.directory().resolve("upload"), "房屋编码\n");
        Path root = earlier.directory().getParent();
        String host = earlier.directory().getFileName().toString().split("-")[2];
        Path stopped = Files.createDirectories(root.resolve("anju-import-" + host + "-" + deadPid() + "-123"));
        Files.writeString(stopped.resolve("upload"), "half an upload");
        long runningPid = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = Files.createDirectories(root.resolve("anju-import-" + host + "-" + runningPid + "-456"));
        Path otherHost = Files.createDirectories(root.resolve("anju-import-otherhost-1-789"));

        ImportWorkspaces restarted = start();

        assertThat(Files.exists(stopped)).as("a stopped process's upload").isFalse();
        // the pid of the starting process: a workspace with it is an earlier process's, as a process
        // that is starting has begun no import
        assertThat(Files.exists(earlier.directory())).as("an upload with the starting process's pid").isFalse();
        assertThat(restarted.current()).containsExactlyInAnyOrder(running, otherHost);
    }

    @Test
    void aWorkspaceIsGoneWithEverythingInsideWhenItsImportEnds() throws Exception {
        ImportWorkspaces workspaces = start();
        ImportWorkspace workspace = workspaces.create();
        Files.writeString(Files.createDirectories(workspace.newDirectory("shp")).resolve("a.dbf"), "x");

        workspace.close();

        assertThat(workspaces.current()).isEmpty();
    }

    /** A pid no process has now. */
    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
