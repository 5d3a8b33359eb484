package org.anju.house;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class HouseApiOnH2GisTest extends HouseApiSpec {
}
