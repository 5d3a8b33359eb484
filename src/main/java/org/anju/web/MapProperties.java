package org.anju.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web map under {@code anju.map} (see application.yml for examples).
 *
 * @param basemaps online tile layers offered in the layer switcher, the first shown at start; none by
 *                 default, so that the map works offline on the county's own layers
 */
@ConfigurationProperties("anju.map")
public record MapProperties(@DefaultValue List<Basemap> basemaps) {

    /**
     * @param name        shown in the layer switcher
     * @param url         tile URL template ({z}, {x}, {y}, optional {s})
     * @param subdomains  letters or digits that replace {s}
     * @param attribution shown in the map corner, as the provider requires
     * @param maxZoom     the deepest zoom the provider serves
     */
    public record Basemap(String name, String url, @DefaultValue("") String subdomains,
                          @DefaultValue("") String attribution, @DefaultValue("18") int maxZoom) {
    }
}
