package org.anju.system;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class BadInputOnH2GisTest extends BadInputSpec {
}
