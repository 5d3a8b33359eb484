package org.anju.ogcapi;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class OgcApiInGdalOnPostgisTest extends OgcApiInGdalSpec {
}
