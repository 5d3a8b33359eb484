package org.anju.security;

import org.anju.testsupport.OnH2Gis;

/**
 * On one database only: the headers are written by the web layer (filters, Tomcat), whatever the
 * database; the answers themselves are specified on both databases by their own specs.
 */
@OnH2Gis
class SecurityHeadersOnH2GisTest extends SecurityHeadersSpec {
}
