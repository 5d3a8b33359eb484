package org.anju.household;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class HouseholdApiOnH2GisTest extends HouseholdApiSpec {
}
