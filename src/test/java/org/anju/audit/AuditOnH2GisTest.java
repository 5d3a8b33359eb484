package org.anju.audit;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class AuditOnH2GisTest extends AuditSpec {
}
