package org.anju.area;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class AreaApiOnH2GisTest extends AreaApiSpec {
}
