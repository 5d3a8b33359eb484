package org.anju.search;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class SearchOnH2GisTest extends SearchSpec {
}
