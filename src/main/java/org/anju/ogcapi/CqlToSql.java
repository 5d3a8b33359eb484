package org.anju.ogcapi;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.geotools.api.filter.And;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.ExcludeFilter;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterVisitor;
import org.geotools.api.filter.Id;
import org.geotools.api.filter.IncludeFilter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.Or;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.geotools.api.filter.PropertyIsGreaterThan;
import org.geotools.api.filter.PropertyIsGreaterThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLessThan;
import org.geotools.api.filter.PropertyIsLessThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLike;
import org.geotools.api.filter.PropertyIsNil;
import org.geotools.api.filter.PropertyIsNotEqualTo;
import org.geotools.api.filter.PropertyIsNull;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.api.filter.spatial.BBOX;
import org.geotools.api.filter.spatial.Beyond;
import org.geotools.api.filter.spatial.BinarySpatialOperator;
import org.geotools.api.filter.spatial.Contains;
import org.geotools.api.filter.spatial.Crosses;
import org.geotools.api.filter.spatial.DWithin;
import org.geotools.api.filter.spatial.Disjoint;
import org.geotools.api.filter.spatial.Equals;
import org.geotools.api.filter.spatial.Intersects;
import org.geotools.api.filter.spatial.Overlaps;
import org.geotools.api.filter.spatial.Touches;
import org.geotools.api.filter.spatial.Within;
import org.geotools.api.filter.temporal.After;
import org.geotools.api.filter.temporal.AnyInteracts;
import org.geotools.api.filter.temporal.Before;
import org.geotools.api.filter.temporal.Begins;
import org.geotools.api.filter.temporal.BegunBy;
import org.geotools.api.filter.temporal.BinaryTemporalOperator;
import org.geotools.api.filter.temporal.During;
import org.geotools.api.filter.temporal.EndedBy;
import org.geotools.api.filter.temporal.Ends;
import org.geotools.api.filter.temporal.Meets;
import org.geotools.api.filter.temporal.MetBy;
import org.geotools.api.filter.temporal.OverlappedBy;
import org.geotools.api.filter.temporal.TContains;
import org.geotools.api.filter.temporal.TEquals;
import org.geotools.api.filter.temporal.TOverlaps;
import org.geotools.api.temporal.Period;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Translates a parsed CQL2 filter into an SQL condition over a layer's queryable properties.
 *
 * <p>The SQL is made only of the whitelisted expressions of {@link Layer#queryables()} (never a name
 * from the request), fixed operators and named parameters; every literal is converted to the
 * property's type ({@link PropertyType#coerce}) and bound. Supported: AND, OR, NOT; {@code = <> < <=
 * > >=}, LIKE/ILIKE, BETWEEN, IN, IS NULL between a queryable and a literal (or two queryables); the
 * spatial predicates INTERSECTS, WITHIN, CONTAINS, DISJOINT, TOUCHES, CROSSES, OVERLAPS, EQUALS and
 * BBOX between the geometry and a literal geometry; AFTER, BEFORE, DURING, TEQUALS on date
 * properties. Anything else — functions, arithmetic, DWITHIN/BEYOND (units), feature-id filters,
 * other temporal operators — is refused with 400 naming the construct.
 *
 * <p>Literal geometries are CGCS2000/CRS84 longitude/latitude; with {@code filter-crs} EPSG:4490
 * they are latitude/longitude as EPSG defines that CRS, and are swapped.
 */
final class CqlToSql implements FilterVisitor {

    /** The property name of the geometry in filters, as in {@code /queryables}. */
    static final String GEOMETRY = "geometry";

    private final Layer layer;
    private final Map<String, LayerProperty> queryables;
    private final MapSqlParameterSource params;
    private final String filterText;
    private final boolean latLonLiterals;
    private final WKBWriter wkb = new WKBWriter(2);
    private int next;

    private CqlToSql(Layer layer, MapSqlParameterSource params, String filterText, boolean latLonLiterals) {
        this.layer = layer;
        this.queryables = layer.queryables();
        this.params = params;
        this.filterText = filterText;
        this.latLonLiterals = latLonLiterals;
    }

    /**
     * The SQL condition of {@code filter}, its values bound in {@code params} (names {@code cql0},
     * {@code cql1}, …).
     *
     * @param filterText the filter as sent, for error messages
     * @throws InvalidInputException (400) naming an unknown property, an unsupported construct or a
     *                               literal of the wrong type
     */
    static String translate(Filter filter, Layer layer, MapSqlParameterSource params, String filterText,
                            boolean latLonLiterals) {
        return (String) filter.accept(new CqlToSql(layer, params, filterText, latLonLiterals), null);
    }

    private InvalidInputException unsupported(String construct) {
        return InvalidInputException.badRequest(new FieldProblem("filter", filterText, "ogcapi.filter.unsupported", construct));
    }

    private String bind(Object value) {
        String name = "cql" + next++;
        params.addValue(name, value);
        return ":" + name;
    }

    private LayerProperty property(Expression expression) {
        String name = ((PropertyName) expression).getPropertyName();
        LayerProperty property = queryables.get(name);
        if (property == null) {
            throw InvalidInputException.badRequest(new FieldProblem("filter", filterText, "ogcapi.filter.unknownProperty",
                    name, String.join(", ", queryables.keySet()) + ", " + GEOMETRY));
        }
        return property;
    }

    private Object literal(LayerProperty property, Expression expression) {
        Object value = ((Literal) expression).getValue();
        try {
            return property.type().coerce(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest(new FieldProblem("filter", filterText, "ogcapi.filter.type",
                    property.key(), value, property.type().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void checkSupported(Expression expression) {
        if (!(expression instanceof PropertyName) && !(expression instanceof Literal)) {
            throw unsupported(expression.getClass().getSimpleName().replace("Impl", "").replace("FilterFunction_", "function ")
                    + " (" + expression + ")");
        }
    }

    // ---- logic

    @Override
    public Object visitNullFilter(Object extraData) {
        return "1 = 1";
    }

    @Override
    public Object visit(IncludeFilter filter, Object extraData) {
        return "1 = 1";
    }

    @Override
    public Object visit(ExcludeFilter filter, Object extraData) {
        return "1 = 0";
    }

    @Override
    public Object visit(And filter, Object extraData) {
        return join(filter.getChildren(), " AND ");
    }

    @Override
    public Object visit(Or filter, Object extraData) {
        return join(filter.getChildren(), " OR ");
    }

    private String join(List<Filter> children, String operator) {
        List<String> parts = new ArrayList<>();
        for (Filter child : children) {
            parts.add((String) child.accept(this, null));
        }
        return "(" + String.join(operator, parts) + ")";
    }

    @Override
    public Object visit(Not filter, Object extraData) {
        return "NOT (" + filter.getFilter().accept(this, null) + ")";
    }

    @Override
    public Object visit(Id filter, Object extraData) {
        throw unsupported("feature id filter");
    }

    // ---- comparisons

    private String compare(BinaryComparisonOperator filter, String operator, String flipped) {
        Expression left = filter.getExpression1();
        Expression right = filter.getExpression2();
        checkSupported(left);
        checkSupported(right);
        if (left instanceof PropertyName && right instanceof PropertyName) {
            LayerProperty a = property(left);
            LayerProperty b = property(right);
            if (a.type() != b.type()) {
                throw unsupported("comparison of " + a.key() + " with " + b.key() + " (different types)");
            }
            return a.sql() + " " + operator + " " + b.sql();
        }
        if (left instanceof PropertyName) {
            LayerProperty p = property(left);
            return p.sql() + " " + operator + " " + bind(literal(p, right));
        }
        if (right instanceof PropertyName) {
            LayerProperty p = property(right);
            return p.sql() + " " + flipped + " " + bind(literal(p, left));
        }
        throw unsupported("comparison without a property (" + filter + ")");
    }

    @Override
    public Object visit(PropertyIsEqualTo filter, Object extraData) {
        return compare(filter, "=", "=");
    }

    @Override
    public Object visit(PropertyIsNotEqualTo filter, Object extraData) {
        return compare(filter, "<>", "<>");
    }

    @Override
    public Object visit(PropertyIsGreaterThan filter, Object extraData) {
        return compare(filter, ">", "<");
    }

    @Override
    public Object visit(PropertyIsGreaterThanOrEqualTo filter, Object extraData) {
        return compare(filter, ">=", "<=");
    }

    @Override
    public Object visit(PropertyIsLessThan filter, Object extraData) {
        return compare(filter, "<", ">");
    }

    @Override
    public Object visit(PropertyIsLessThanOrEqualTo filter, Object extraData) {
        return compare(filter, "<=", ">=");
    }

    @Override
    public Object visit(PropertyIsBetween filter, Object extraData) {
        Expression expression = filter.getExpression();
        checkSupported(expression);
        checkSupported(filter.getLowerBoundary());
        checkSupported(filter.getUpperBoundary());
        if (!(expression instanceof PropertyName) || !(filter.getLowerBoundary() instanceof Literal)
                || !(filter.getUpperBoundary() instanceof Literal)) {
            throw unsupported("BETWEEN needs a property and two values");
        }
        LayerProperty p = property(expression);
        return p.sql() + " BETWEEN " + bind(literal(p, filter.getLowerBoundary())) + " AND "
                + bind(literal(p, filter.getUpperBoundary()));
    }

    @Override
    public Object visit(PropertyIsLike filter, Object extraData) {
        Expression expression = filter.getExpression();
        checkSupported(expression);
        if (!(expression instanceof PropertyName)) {
            throw unsupported("LIKE needs a property");
        }
        LayerProperty p = property(expression);
        if (p.type() != PropertyType.STRING) {
            throw unsupported("LIKE on " + p.key() + " (not text)");
        }
        String pattern = sqlLikePattern(filter.getLiteral(), filter.getWildCard(), filter.getSingleChar(), filter.getEscape());
        if (filter.isMatchingCase()) {
            return p.sql() + " LIKE " + bind(pattern) + " ESCAPE '\\'";
        }
        return "LOWER(" + p.sql() + ") LIKE LOWER(" + bind(pattern) + ") ESCAPE '\\'";
    }

    /** The pattern in SQL LIKE syntax with {@code \} as escape character. */
    static String sqlLikePattern(String pattern, String wildCard, String singleChar, String escape) {
        StringBuilder sql = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            String c = pattern.substring(i, i + 1);
            if (escape != null && !escape.isEmpty() && c.equals(escape) && i + 1 < pattern.length()) {
                i++;
                appendLiteral(sql, pattern.charAt(i));
            } else if (c.equals(wildCard)) {
                sql.append('%');
            } else if (c.equals(singleChar)) {
                sql.append('_');
            } else {
                appendLiteral(sql, pattern.charAt(i));
            }
        }
        return sql.toString();
    }

    private static void appendLiteral(StringBuilder sql, char c) {
        if (c == '%' || c == '_' || c == '\\') {
            sql.append('\\');
        }
        sql.append(c);
    }

    @Override
    public Object visit(PropertyIsNull filter, Object extraData) {
        return isNull(filter.getExpression());
    }

    @Override
    public Object visit(PropertyIsNil filter, Object extraData) {
        return isNull(filter.getExpression());
    }

    private String isNull(Expression expression) {
        checkSupported(expression);
        if (!(expression instanceof PropertyName)) {
            throw unsupported("IS NULL needs a property");
        }
        return property(expression).sql() + " IS NULL";
    }

    // ---- spatial

    private Geometry geometryLiteral(Expression expression) {
        Object value = expression instanceof Literal literal ? literal.getValue() : null;
        if (!(value instanceof Geometry geometry)) {
            throw unsupported("spatial predicate without a literal geometry");
        }
        Geometry copy = geometry.copy();
        if (latLonLiterals) {
            copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                double x = c.x;
                c.x = c.y;
                c.y = x;
            });
            copy.geometryChanged();
        }
        return copy;
    }

    private void checkGeometryProperty(Expression expression) {
        String name = ((PropertyName) expression).getPropertyName();
        if (!GEOMETRY.equals(name)) {
            throw InvalidInputException.badRequest(new FieldProblem("filter", filterText, "ogcapi.filter.unknownProperty",
                    name, GEOMETRY));
        }
    }

    /**
     * {@code function(geometry, literal)}; with the literal first, {@code reversed} is used (e.g.
     * WITHIN(lit, g) = CONTAINS(g, lit)). {@code indexed}: add the {@code &&} box test so the spatial
     * index is used (for predicates that imply intersection).
     */
    private String spatial(BinarySpatialOperator filter, String function, String reversed, boolean indexed, boolean negate) {
        Expression a = filter.getExpression1();
        Expression b = filter.getExpression2();
        checkSupported(a);
        checkSupported(b);
        String sqlFunction = function;
        Expression property = a;
        Expression literal = b;
        if (!(a instanceof PropertyName)) {
            property = b;
            literal = a;
            sqlFunction = reversed;
        }
        if (!(property instanceof PropertyName)) {
            throw unsupported("spatial predicate without the geometry property");
        }
        checkGeometryProperty(property);
        String geometry = "ST_GeomFromWKB(" + bind(wkb.write(geometryLiteral(literal))) + ", 4490)";
        String column = layer.geometrySql();
        String test = sqlFunction + "(" + column + ", " + geometry + ")";
        if (negate) {
            return "NOT " + test;
        }
        return indexed ? "(" + column + " && " + geometry + " AND " + test + ")" : test;
    }

    @Override
    public Object visit(BBOX filter, Object extraData) {
        Expression property = filter.getExpression1();
        checkSupported(property);
        if (!(property instanceof PropertyName)) {
            throw unsupported("BBOX without the geometry property");
        }
        checkGeometryProperty(property);
        var box = filter.getBounds();
        double minX = latLonLiterals ? box.getMinY() : box.getMinX();
        double minY = latLonLiterals ? box.getMinX() : box.getMinY();
        double maxX = latLonLiterals ? box.getMaxY() : box.getMaxX();
        double maxY = latLonLiterals ? box.getMaxX() : box.getMaxY();
        String envelope = "ST_MakeEnvelope(" + bind(minX) + ", " + bind(minY) + ", " + bind(maxX) + ", " + bind(maxY) + ", 4490)";
        String column = layer.geometrySql();
        return "(" + column + " && " + envelope + " AND ST_Intersects(" + column + ", " + envelope + "))";
    }

    @Override
    public Object visit(Intersects filter, Object extraData) {
        return spatial(filter, "ST_Intersects", "ST_Intersects", true, false);
    }

    @Override
    public Object visit(Disjoint filter, Object extraData) {
        return spatial(filter, "ST_Intersects", "ST_Intersects", false, true);
    }

    @Override
    public Object visit(Within filter, Object extraData) {
        return spatial(filter, "ST_Within", "ST_Contains", true, false);
    }

    @Override
    public Object visit(Contains filter, Object extraData) {
        return spatial(filter, "ST_Contains", "ST_Within", true, false);
    }

    @Override
    public Object visit(Touches filter, Object extraData) {
        return spatial(filter, "ST_Touches", "ST_Touches", true, false);
    }

    @Override
    public Object visit(Crosses filter, Object extraData) {
        return spatial(filter, "ST_Crosses", "ST_Crosses", true, false);
    }

    @Override
    public Object visit(Overlaps filter, Object extraData) {
        return spatial(filter, "ST_Overlaps", "ST_Overlaps", true, false);
    }

    @Override
    public Object visit(Equals filter, Object extraData) {
        return spatial(filter, "ST_Equals", "ST_Equals", true, false);
    }

    @Override
    public Object visit(DWithin filter, Object extraData) {
        throw unsupported("DWITHIN");
    }

    @Override
    public Object visit(Beyond filter, Object extraData) {
        throw unsupported("BEYOND");
    }

    // ---- temporal (dates)

    private LayerProperty dateProperty(BinaryTemporalOperator filter) {
        Expression property = filter.getExpression1();
        checkSupported(property);
        if (!(property instanceof PropertyName) || !(filter.getExpression2() instanceof Literal)) {
            throw unsupported("temporal predicate needs a property and a time");
        }
        LayerProperty p = property(property);
        if (p.type() != PropertyType.DATE) {
            throw unsupported("temporal predicate on " + p.key() + " (not a date)");
        }
        return p;
    }

    private Object instant(LayerProperty p, Expression expression) {
        Object value = ((Literal) expression).getValue();
        if (value instanceof Period) {
            throw unsupported("a period where an instant is expected");
        }
        return literal(p, expression);
    }

    @Override
    public Object visit(After filter, Object extraData) {
        LayerProperty p = dateProperty(filter);
        return p.sql() + " > " + bind(instant(p, filter.getExpression2()));
    }

    @Override
    public Object visit(Before filter, Object extraData) {
        LayerProperty p = dateProperty(filter);
        return p.sql() + " < " + bind(instant(p, filter.getExpression2()));
    }

    @Override
    public Object visit(TEquals filter, Object extraData) {
        LayerProperty p = dateProperty(filter);
        return p.sql() + " = " + bind(instant(p, filter.getExpression2()));
    }

    @Override
    public Object visit(During filter, Object extraData) {
        LayerProperty p = dateProperty(filter);
        Object value = ((Literal) filter.getExpression2()).getValue();
        if (!(value instanceof Period period)) {
            throw unsupported("DURING needs a period");
        }
        Date begin = period.getBeginning().getPosition().getDate();
        Date end = period.getEnding().getPosition().getDate();
        return "(" + p.sql() + " > " + bind(PropertyType.DATE.coerce(begin)) + " AND " + p.sql() + " < "
                + bind(PropertyType.DATE.coerce(end)) + ")";
    }

    @Override
    public Object visit(AnyInteracts filter, Object extraData) {
        throw unsupported("ANYINTERACTS");
    }

    @Override
    public Object visit(Begins filter, Object extraData) {
        throw unsupported("BEGINS");
    }

    @Override
    public Object visit(BegunBy filter, Object extraData) {
        throw unsupported("BEGUNBY");
    }

    @Override
    public Object visit(EndedBy filter, Object extraData) {
        throw unsupported("ENDEDBY");
    }

    @Override
    public Object visit(Ends filter, Object extraData) {
        throw unsupported("ENDS");
    }

    @Override
    public Object visit(Meets filter, Object extraData) {
        throw unsupported("MEETS");
    }

    @Override
    public Object visit(MetBy filter, Object extraData) {
        throw unsupported("METBY");
    }

    @Override
    public Object visit(OverlappedBy filter, Object extraData) {
        throw unsupported("OVERLAPPEDBY");
    }

    @Override
    public Object visit(TContains filter, Object extraData) {
        throw unsupported("TCONTAINS");
    }

    @Override
    public Object visit(TOverlaps filter, Object extraData) {
        throw unsupported("TOVERLAPS");
    }
}
