package org.anju.raster;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class HazardRasterOnH2GisTest extends HazardRasterSpec {
}
