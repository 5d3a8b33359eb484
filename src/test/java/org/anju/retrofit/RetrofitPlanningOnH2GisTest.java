package org.anju.retrofit;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class RetrofitPlanningOnH2GisTest extends RetrofitPlanningSpec {
}
