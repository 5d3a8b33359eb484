package org.anju.system;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class ServiceOnPostgisTest extends ServiceSpec {
}
