package org.anju.security;

import org.anju.testsupport.OnPostgis;

@OnPostgis
class AccountManagementOnPostgisTest extends AccountManagementSpec {
}
