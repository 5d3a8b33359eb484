package org.anju.household;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class HouseholdApiOnPostgisTest extends HouseholdApiSpec {
}
