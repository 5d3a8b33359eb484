package org.anju.security;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class AccountManagementOnH2GisTest extends AccountManagementSpec {
}
