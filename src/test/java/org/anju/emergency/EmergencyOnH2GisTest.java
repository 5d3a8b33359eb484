package org.anju.emergency;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class EmergencyOnH2GisTest extends EmergencySpec {
}
