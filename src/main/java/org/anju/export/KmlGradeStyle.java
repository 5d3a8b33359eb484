package org.anju.export;

import java.util.Locale;

/**
 * The five shared KML styles of a list with a safety grade (安全等级), one per grade, each written
 * once at the top of the Document and referenced by {@code <styleUrl>}. Colours are the map legend's
 * ({@code GRADE_COLOURS} in web/js/style.js) in KML's {@code aabbggrr} order, so A (green) and B
 * (light green) are told apart as on the map.
 *
 * <p>The style ids are Organic Maps' own colour names ({@code placemark-green} …): Organic Maps
 * colours an imported placemark by its style id only (it reads neither {@code <color>} nor the icon
 * of a point, libs/kml/serdes.cpp) and shows any other id as red; with these ids A/B/C/D/未评定
 * come out green, lime, orange, red and grey there too. Google Earth and GDAL read the
 * {@code <color>}. No style names an icon on the network (see {@link KmlExportWriter}).
 */
enum KmlGradeStyle {
    A("placemark-green", "#2e9e4f"),
    B("placemark-lime", "#8cc152"),
    C("placemark-orange", "#f39c12"),
    D("placemark-red", "#d62c1a"),
    OTHER("placemark-gray", "#9aa0a6");

    private final String id;
    private final String rgb;

    KmlGradeStyle(String id, String rgb) {
        this.id = id;
        this.rgb = rgb;
    }

    /** The style id, referenced as {@code #id}. */
    String id() {
        return id;
    }

    /** The colour as KML writes it: opaque, {@code aabbggrr}, e.g. {@code ff4f9e2e} for {@code #2e9e4f}. */
    String kmlColour() {
        return "ff" + rgb.substring(5, 7) + rgb.substring(3, 5) + rgb.substring(1, 3);
    }

    /**
     * The {@code <Style>} element; {@code iconHref} is a path inside a KMZ, or {@code null}: no
     * {@code <Icon>}, the app's default pin in the colour.
     */
    String element(String iconHref) {
        String icon = iconHref == null ? "" : "<scale>0.8</scale><Icon><href>" + Xml.escape(iconHref) + "</href></Icon>";
        return "<Style id=\"" + id + "\"><IconStyle><color>" + kmlColour() + "</color>" + icon + "</IconStyle></Style>";
    }

    /** The style of a grade as displayed ("A", "B级（基本安全）", "C locally dangerous"); OTHER when none. */
    static KmlGradeStyle of(Object grade) {
        String text = Values.display(grade).strip().toUpperCase(Locale.ROOT);
        if (!text.isEmpty()) {
            switch (text.charAt(0)) {
                case 'A': return A;
                case 'B': return B;
                case 'C': return C;
                case 'D': return D;
                default: break;
            }
        }
        return OTHER;
    }
}
