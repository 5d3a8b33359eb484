package org.anju.problems;

import org.anju.testsupport.OnPostgis;
import org.springframework.test.context.TestPropertySource;

/** A PostGIS database of its own (a separate test context): the specs add problems other specs must not see. */
@OnPostgis
@TestPropertySource(properties = {"anju.data-dir=" + ProblemLedgerSpec.DATA_DIR})
class ProblemLedgerOnPostgisTest extends ProblemLedgerSpec {
}
