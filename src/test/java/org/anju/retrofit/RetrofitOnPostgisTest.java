package org.anju.retrofit;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class RetrofitOnPostgisTest extends RetrofitSpec {
}
