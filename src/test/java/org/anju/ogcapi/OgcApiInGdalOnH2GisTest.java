package org.anju.ogcapi;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class OgcApiInGdalOnH2GisTest extends OgcApiInGdalSpec {
}
