package org.anju.emergency;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class EmergencyOnPostgisTest extends EmergencySpec {
}
