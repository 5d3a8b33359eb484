package org.anju.retrofit;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class RetrofitOnH2GisTest extends RetrofitSpec {
}
