package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map page in real headless Chromium (Debian package, installed by the test prerequisites):
 * the ES modules load, the layers and counts come from the API, the legend is in Chinese.
 * A screenshot is left in target/screenshots/ for people to look at.
 */
@OnH2Gis
class MapPageInChromiumTest {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void countyMapShowsDangerousHousesAndTheirCounts() throws Exception {
        String dom = chromium("--dump-dom", "http://127.0.0.1:" + port + "/");

        assertThat(dom).contains("安居 · 农房安全监测").contains("测试县");
        // fixture county zoomed out: only C/D houses are drawn (H1, H3, H4, H7, H10), 4 of them lived in
        assertThat(dom).containsPattern("<dt>显示农房</dt><dd>5</dd>")
                .containsPattern("<dt>其中C/D级</dt><dd>5</dd>")
                .containsPattern("<dt>有人居住的C/D级</dt><dd>4</dd>");
        assertThat(dom).contains("D级 整栋危房").contains("8度区（0.20g）").contains("7度区（0.15g）");
        assertThat(dom).contains("龙兴镇").contains("三泉镇");
        assertThat(dom).doesNotContain("数据加载失败");
        // the emergency panel shows the fixture flood (5 houses, 2 of them occupied C/D) and its downloads
        assertThat(dom).contains("测试洪水").containsPattern("<dt>受影响农房</dt><dd>5</dd>")
                .containsPattern("<dt>有人居住的C/D级危房</dt><dd>2</dd>")
                .containsPattern("href=\"/api/disasters/\\d+/affected/targets.xlsx\\?buffer=0&amp;sheet_per_township=true\"");
        // 危房住人 in the county: H1, H4, H7, H10; retrofit: H5
        assertThat(dom).contains("建新未拆旧户").contains("抗震改造候选").containsPattern("<dt>候选农房</dt><dd>1</dd>");

        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        chromium("--screenshot=" + screenshots.resolve("map-fixture-county.png").toAbsolutePath(),
                "--window-size=1280,800", "http://127.0.0.1:" + port + "/");
        assertThat(screenshots.resolve("map-fixture-county.png")).isNotEmptyFile();
    }

    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as("chromium exit code").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
