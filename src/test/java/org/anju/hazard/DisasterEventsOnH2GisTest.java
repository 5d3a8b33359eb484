package org.anju.hazard;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class DisasterEventsOnH2GisTest extends DisasterEventsSpec {
}
