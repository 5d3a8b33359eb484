package org.anju.house;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class HouseApiOnPostgisTest extends HouseApiSpec {
}
