package org.anju.security;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class PasswordOnH2GisTest extends PasswordSpec {
}
