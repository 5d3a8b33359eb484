package org.anju.hazard;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class DisasterEventsOnPostgisTest extends DisasterEventsSpec {
}
