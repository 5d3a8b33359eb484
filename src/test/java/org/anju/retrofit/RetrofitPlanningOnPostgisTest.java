package org.anju.retrofit;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class RetrofitPlanningOnPostgisTest extends RetrofitPlanningSpec {
}
