package org.anju.imports;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class AdminAreaImportOnH2GisTest extends AdminAreaImportSpec {
}
