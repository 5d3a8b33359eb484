package org.anju.casework;

import org.anju.testsupport.OnPostgis;
import org.springframework.test.context.TestPropertySource;

/** A PostGIS database of its own (a separate test context): the specs add data other specs must not see. */
@OnPostgis
@TestPropertySource(properties = {"anju.data-dir=" + CaseworkSpec.DATA_DIR})
class CaseworkOnPostgisTest extends CaseworkSpec {
}
