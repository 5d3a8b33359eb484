package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.Test;

/** The tab icon (issue 16: favicon.ico was 404): public, a real icon, named by every page. */
@OnH2Gis
class FaviconOnH2GisTest extends ApiSpec {

    @Test
    void theIconIsServedWithoutALogin() {
        var ico = api.anonymous().getBytes("/favicon.ico");
        var svg = api.anonymous().getBytes("/favicon.svg");

        assertThat(ico.status()).isEqualTo(200);
        assertThat(ico.body()).startsWith(0, 0, 1, 0);   // ICONDIR: reserved 0, type 1 (icon)
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
    }

    @Test
    void everyPageNamesTheIcon() throws Exception {
        try (Stream<Path> pages = Files.list(Path.of("web"))) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).toList()).isNotEmpty().allSatisfy(page ->
                    assertThat(Files.readString(page)).contains("<link rel=\"icon\" href=\"/favicon.svg\"")
                            .contains("href=\"/favicon.ico\""));
        }
    }
}
