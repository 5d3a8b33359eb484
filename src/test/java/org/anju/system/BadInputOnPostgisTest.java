package org.anju.system;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class BadInputOnPostgisTest extends BadInputSpec {
}
