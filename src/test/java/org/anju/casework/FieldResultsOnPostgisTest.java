package org.anju.casework;

import org.anju.testsupport.OnPostgis;
import org.springframework.test.context.TestPropertySource;

/** In the casework specs' PostGIS database (the same configuration, hence the same cached context). */
@OnPostgis
@TestPropertySource(properties = {"anju.data-dir=" + CaseworkSpec.DATA_DIR})
class FieldResultsOnPostgisTest extends FieldResultsSpec {
}
