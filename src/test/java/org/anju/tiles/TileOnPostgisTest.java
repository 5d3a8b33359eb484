package org.anju.tiles;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class TileOnPostgisTest extends TileSpec {
}
