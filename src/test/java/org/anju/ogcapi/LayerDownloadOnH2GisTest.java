package org.anju.ogcapi;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class LayerDownloadOnH2GisTest extends LayerDownloadSpec {
}
