package org.anju.security;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class LoginThrottleOnH2GisTest extends LoginThrottleSpec {
}
