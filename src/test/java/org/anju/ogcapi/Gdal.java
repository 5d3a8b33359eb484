package org.anju.ogcapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GDAL's command-line tools (Debian {@code gdal-bin}) as independent clients and readers; tests
 * using them are skipped when GDAL is not installed ({@code scripts/test-prerequisites.sh} installs
 * it).
 */
final class Gdal {

    private Gdal() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/ogrinfo")) && Files.isExecutable(Path.of("/usr/bin/ogr2ogr"));
    }

    /** Runs a GDAL tool; returns stdout and stderr together; fails on a non-zero exit. */
    static String run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("/usr/bin/" + tool);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("NO_PROXY", "127.0.0.1,localhost");
        builder.environment().remove("http_proxy");
        builder.environment().remove("HTTP_PROXY");
        builder.environment().put("GDAL_HTTP_TIMEOUT", "60");
        // the service asks every client to authenticate: GDAL sends HTTP Basic as the administrator
        builder.environment().put("GDAL_HTTP_AUTH", "BASIC");
        builder.environment().put("GDAL_HTTP_USERPWD", "admin:" + org.anju.testsupport.Api.ADMIN_PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(tool + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(tool + " " + String.join(" ", args) + " failed:\n" + output);
        }
        return output;
    }

    /** Runs a GDAL tool and returns its standard output only (warnings on stderr are dropped); fails on a non-zero exit. */
    static String stdout(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("/usr/bin/" + tool);
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("gdal-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.environment().put("GDAL_HTTP_AUTH", "BASIC");
            builder.environment().put("GDAL_HTTP_USERPWD", "admin:" + org.anju.testsupport.Api.ADMIN_PASSWORD);
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(tool + " " + String.join(" ", args) + " failed:\n" + Files.readString(errors));
            }
            return output;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** How many times {@code part} occurs in {@code text}. */
    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
