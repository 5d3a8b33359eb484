/**
 * Houses as Mapbox Vector Tiles ({@code GET /tiles/houses/{z}/{x}/{y}.mvt}) for the map: each house
 * as a point from {@link org.anju.tiles.TileProperties#pointsFromZoom()} on, and below it the houses
 * counted in a global grid of cells, so that a county or a province stays readable and each tile
 * stays small. The filters are those of the house list ({@link org.anju.house.HouseFilter}).
 * PostGIS encodes with {@code ST_AsMVT}; H2GIS has no encoder, so Java encodes the same rows.
 */
package org.anju.tiles;
