package org.anju.imports;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class ImportControlCharacterOnPostgisTest extends ImportControlCharacterSpec {
}
