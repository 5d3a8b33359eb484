package org.anju.raster;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class HazardRasterOnPostgisTest extends HazardRasterSpec {
}
