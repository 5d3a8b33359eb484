package org.anju.imports;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class FlatGeobufImportOnH2GisTest extends FlatGeobufImportSpec {
}
