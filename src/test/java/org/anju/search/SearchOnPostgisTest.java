package org.anju.search;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class SearchOnPostgisTest extends SearchSpec {
}
