/**
 * 数据导入: county data as it really arrives — zipped Shapefiles from surveying companies (GBK
 * attributes, Chinese field names, CGCS2000 Gauss–Krüger coordinates), village Excel/CSV sheets with
 * typed coordinates, KML from phone map apps, GeoJSON — read as a stream, checked row by row,
 * reprojected to CGCS2000 and upserted by code ({@code POST /api/imports}). Rows go through a
 * staging table so that the set-based checks (duplicate codes, village and county membership) and
 * the upsert are single statements in the database, whatever the file size.
 */
package org.anju.imports;
