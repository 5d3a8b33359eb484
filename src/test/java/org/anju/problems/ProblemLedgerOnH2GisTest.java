package org.anju.problems;

import org.anju.testsupport.OnH2Gis;
import org.springframework.test.context.TestPropertySource;

/** Own in-memory database: the specs add problems and accounts other specs must not see. */
@OnH2Gis
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:anju-problems;DB_CLOSE_DELAY=-1",
        "anju.data-dir=" + ProblemLedgerSpec.DATA_DIR})
class ProblemLedgerOnH2GisTest extends ProblemLedgerSpec {
}
