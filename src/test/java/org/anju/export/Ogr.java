package org.anju.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GDAL's {@code ogrinfo} as an independent reader (Debian {@code gdal-bin}, installed by
 * {@code scripts/test-prerequisites.sh} before the tests run; a missing GDAL fails the tests).
 */
final class Ogr {

    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    private Ogr() {
    }

    /** The output of {@code ogrinfo -ro args… source}; fails on a non-zero exit or any GDAL error. */
    static String info(String source, String... args) throws IOException, InterruptedException {
        if (!Files.isExecutable(OGRINFO)) {
            throw new AssertionError(OGRINFO + " is missing: run scripts/test-prerequisites.sh (installs gdal-bin)");
        }
        List<String> command = new ArrayList<>();
        command.add(OGRINFO.toString());
        command.add("-ro");
        command.addAll(List.of(args));
        command.add(source);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ogrinfo timed out");
        }
        if (process.exitValue() != 0 || output.contains("ERROR")) {
            throw new AssertionError("ogrinfo failed on " + source + ":\n" + output);
        }
        return output;
    }
}
