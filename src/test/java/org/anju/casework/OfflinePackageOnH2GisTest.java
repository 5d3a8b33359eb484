package org.anju.casework;

import org.anju.testsupport.OnH2Gis;
import org.springframework.test.context.TestPropertySource;

/** In the casework specs' database (the same configuration, hence the same cached context). */
@OnH2Gis
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:anju-casework;DB_CLOSE_DELAY=-1",
        "anju.data-dir=" + CaseworkSpec.DATA_DIR})
class OfflinePackageOnH2GisTest extends OfflinePackageSpec {
}
