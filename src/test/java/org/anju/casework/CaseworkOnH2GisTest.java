package org.anju.casework;

import org.anju.testsupport.OnH2Gis;
import org.springframework.test.context.TestPropertySource;

/** Own in-memory database: the specs add houses, households and cases other specs must not see. */
@OnH2Gis
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:anju-casework;DB_CLOSE_DELAY=-1",
        "anju.data-dir=" + CaseworkSpec.DATA_DIR})
class CaseworkOnH2GisTest extends CaseworkSpec {
}
