package org.anju.ogcapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.export.Column;
import org.anju.export.ExportDownload;
import org.anju.export.ExportFormat;
import org.anju.export.ExportOptions;
import org.anju.export.ExportRow;
import org.anju.export.OutputCrs;
import org.anju.export.TableSchema;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.ReadsQueryParameters;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of whole layers, filtered like their lists: {@code /api/houses.{format}} with the
 * filters of {@code /api/houses}, {@code /api/households.{format}} with those of
 * {@code /api/households}, {@code /api/areas.{format}?level=TOWNSHIP|VILLAGE[&parent=]},
 * {@code /api/seismic-zones.{format}[?min_intensity=]}, {@code /api/disasters.{format}[?type=]};
 * every one also takes {@code bbox}, {@code datetime} where the layer has time, CQL2 {@code filter}
 * and {@code <queryable>=value} as in the OGC API. Formats: csv, xlsx, geojson, kml, gpkg, shp.zip,
 * fgb. Options: {@code crs} (output CRS, e.g. {@code EPSG:4546}, see {@link OutputCrs}) and
 * {@code encoding} (Shapefile attributes, {@code UTF-8} or {@code GBK}). {@code limit}/{@code offset}
 * are ignored: a download holds every matching feature, streamed from a database cursor.
 */
@RestController
@RequestMapping("/api")
class LayerDownloadController {

    private final Layers layers;
    private final LayerRows rows;
    private final EnumLabels labels;

    LayerDownloadController(Layers layers, LayerRows rows, EnumLabels labels) {
        this.layers = layers;
        this.rows = rows;
        this.labels = labels;
    }

    @ReadsQueryParameters(from = org.anju.house.HouseFilter.class, names = {"limit", "offset", "bbox", "datetime",
            "filter", "filter-lang", "filter-crs", "crs", "encoding"},
            handlerRefusesUnknown = true)
    @GetMapping("/houses.{format}")
    @Transactional(readOnly = true)
    void houses(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                HttpServletResponse response) throws IOException {
        download(layer("houses"), format, params, response);
    }

    @ReadsQueryParameters(from = org.anju.household.HouseholdQuery.class, names = {"limit", "offset", "bbox",
            "datetime", "filter", "filter-lang", "filter-crs", "crs", "encoding"},
            handlerRefusesUnknown = true)
    @GetMapping("/households.{format}")
    @Transactional(readOnly = true)
    void households(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                    HttpServletResponse response) throws IOException {
        download(layer("households"), format, params, response);
    }

    @ReadsQueryParameters(names = {"level", "parent", "limit", "offset", "bbox", "datetime", "filter",
            "filter-lang", "filter-crs", "crs", "encoding"},
            handlerRefusesUnknown = true)
    @GetMapping("/areas.{format}")
    @Transactional(readOnly = true)
    void areas(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
               HttpServletResponse response) throws IOException {
        String level = params.getFirst("level") == null ? "VILLAGE" : params.getFirst("level").strip().toUpperCase(Locale.ROOT);
        String id = switch (level) {
            case "TOWNSHIP" -> "townships";
            case "VILLAGE" -> "villages";
            default -> throw InvalidInputException.badRequest(new FieldProblem("level", params.getFirst("level"), "export.level"));
        };
        MultiValueMap<String, String> rest = new LinkedMultiValueMap<>(params);
        rest.remove("level");
        download(layer(id), format, rest, response);
    }

    @ReadsQueryParameters(names = {"min_intensity", "limit", "offset", "bbox", "datetime", "filter",
            "filter-lang", "filter-crs", "crs", "encoding"},
            handlerRefusesUnknown = true)
    @GetMapping("/seismic-zones.{format}")
    @Transactional(readOnly = true)
    void seismicZones(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                      HttpServletResponse response) throws IOException {
        download(layer("seismic-zones"), format, params, response);
    }

    @ReadsQueryParameters(names = {"type", "limit", "offset", "bbox", "datetime", "filter", "filter-lang",
            "filter-crs", "crs", "encoding"},
            handlerRefusesUnknown = true)
    @GetMapping("/disasters.{format}")
    @Transactional(readOnly = true)
    void disasters(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                   HttpServletResponse response) throws IOException {
        download(layer("disasters"), format, params, response);
    }

    private Layer layer(String id) {
        return layers.find(id).orElseThrow();
    }

    private void download(Layer layer, String suffix, MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        ExportFormat format = ExportDownload.format(suffix);
        List<FieldProblem> problems = new ArrayList<>();
        OutputCrs crs = OutputCrs.STORED;
        String crsText = params.getFirst("crs");
        if (crsText != null) {
            try {
                crs = OutputCrs.parse(crsText);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("crs", crsText, "export.crs"));
            }
        }
        ExportOptions options = ExportOptions.DEFAULTS.withLayerName(layer.id().replace('-', '_')).withCrs(crs);
        String encoding = params.getFirst("encoding");
        if (encoding != null) {
            switch (encoding.strip().toUpperCase(Locale.ROOT)) {
                case "UTF-8", "UTF8" -> options = options.withDbfEncoding(StandardCharsets.UTF_8);
                case "GBK", "CP936", "936" -> options = options.withDbfEncoding(ExportOptions.GBK);
                default -> problems.add(new FieldProblem("encoding", encoding, "export.encoding"));
            }
        }
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        filters.remove("crs");
        filters.remove("encoding");
        ItemsQuery query;
        try {
            query = ItemsQuery.forDownload(layer, filters);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            query = null;
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        String sql = LayerSql.all(layer, query.conditions(), query.params());
        ItemsQuery filtered = query;
        TableSchema schema = schema(layer);
        ExportDownload.send(response, format, schema, options, layer.fileBase(),
                writer -> rows.stream(layer, sql, filtered.params(), row -> writer.write(exportRow(layer, row))));
    }

    /** The export columns of a layer: its properties, keyed and labelled as in the OGC API. */
    static TableSchema schema(Layer layer) {
        List<Column> columns = layer.properties().stream()
                .map(p -> new Column(p.key(), p.label(), p.type().columnType())).toList();
        String name = columns.stream().map(Column::key)
                .filter(k -> k.equals("name") || k.equals("head_name") || k.equals("event_name") || k.equals("code"))
                .findFirst().orElse(columns.get(0).key());
        return new TableSchema(layer.title(), columns, name, null, layer.geometryKind());
    }

    /** A feature as a download row: coded properties as the words people read, lists joined with commas. */
    ExportRow exportRow(Layer layer, LayerRow row) {
        Object[] values = new Object[layer.properties().size()];
        int i = 0;
        for (LayerProperty property : layer.properties()) {
            Object value = row.properties().get(property.key());
            if (property.codes() != null && value != null) {
                value = words(property.codes(), value);
            }
            values[i++] = value instanceof Collection<?> list
                    ? String.join(",", list.stream().map(String::valueOf).toList()) : value;
        }
        return ExportRow.of(row.geometry(), values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object words(Class<? extends Enum<?>> codes, Object value) {
        Class type = codes;
        return value instanceof Collection<?> list ? labels.of(type, list) : labels.of(type, value.toString());
    }
}
