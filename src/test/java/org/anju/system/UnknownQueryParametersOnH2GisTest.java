package org.anju.system;

import org.anju.testsupport.OnH2Gis;

/**
 * On one database only: unknown names are refused by the web layer before any query runs; the
 * answers to the right names are specified on both databases by each endpoint's own spec.
 */
@OnH2Gis
class UnknownQueryParametersOnH2GisTest extends UnknownQueryParametersSpec {
}
