package org.anju.audit;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class AuditOnPostgisTest extends AuditSpec {
}
