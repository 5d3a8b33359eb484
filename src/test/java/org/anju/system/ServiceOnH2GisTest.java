package org.anju.system;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class ServiceOnH2GisTest extends ServiceSpec {
}
