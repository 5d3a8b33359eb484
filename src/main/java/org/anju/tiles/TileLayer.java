package org.anju.tiles;

/** What a tile of houses holds at a zoom: every house as a point, or houses counted in cells. */
enum TileLayer {
    /** Layer {@code houses}: id, code, grade, occupancy, target, priority. */
    POINTS("houses", 256),
    /** Layer {@code house_cells}: houses, dangerous, occupied_dangerous. */
    CELLS("house_cells", 0);

    /** Tile extent: positions run from 0 to this along each edge (the MVT default). */
    static final int EXTENT = 4096;

    private final String layerName;
    private final int pointBuffer;

    TileLayer(String layerName, int pointBuffer) {
        this.layerName = layerName;
        this.pointBuffer = pointBuffer;
    }

    String layerName() {
        return layerName;
    }

    /**
     * How far beyond the tile's edges, in extent units, features are included. Points: 256 units
     * (16 screen pixels), so that a symbol near an edge is drawn whole by the two tiles that share
     * it. Cells: one cell, so that each tile also carries its neighbours' edge cells (with the same
     * counts, the grid being global).
     */
    int buffer(int cellsPerTile) {
        return this == POINTS ? pointBuffer : EXTENT / cellsPerTile;
    }
}
