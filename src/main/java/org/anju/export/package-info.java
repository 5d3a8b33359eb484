/**
 * 目标清单导出 — writes lists of houses to check ("target lists": houses affected by a disaster,
 * people living in dangerous houses, seismic-retrofit candidates) as CSV, Excel, GeoJSON, KML,
 * GeoPackage and zipped Shapefile, for emergency teams and planners to take into the field.
 *
 * <p>The machinery is generic over a {@link org.anju.export.TableSchema}: a feature builds the
 * schema once, streams its rows (sorted by priority) into an {@link org.anju.export.ExportWriter}
 * from {@link org.anju.export.ExportWriters#open}, and closes it. Every writer keeps a bounded
 * amount of memory whatever the number of rows; formats that need a file (GeoPackage, Shapefile,
 * KML folders) use a temporary directory that is deleted on close or abort.
 */
package org.anju.export;
