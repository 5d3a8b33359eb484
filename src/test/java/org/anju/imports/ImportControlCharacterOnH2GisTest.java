package org.anju.imports;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class ImportControlCharacterOnH2GisTest extends ImportControlCharacterSpec {
}
