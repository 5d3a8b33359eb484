package org.anju.imports;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class ImportJobOnH2GisTest extends ImportJobSpec {
}
