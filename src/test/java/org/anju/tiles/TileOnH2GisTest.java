package org.anju.tiles;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class TileOnH2GisTest extends TileSpec {
}
