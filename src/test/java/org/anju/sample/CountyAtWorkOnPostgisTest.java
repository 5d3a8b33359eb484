package org.anju.sample;

import org.anju.testsupport.Api;
import org.anju.testsupport.PostgisDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anju.security.admin-password=" + Api.ADMIN_PASSWORD})
@ActiveProfiles("postgis")
@ContextConfiguration(initializers = PostgisDatabase.class)
class CountyAtWorkOnPostgisTest extends CountyAtWorkSpec {
}
