package org.anju.area;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class AreaApiOnPostgisTest extends AreaApiSpec {
}
