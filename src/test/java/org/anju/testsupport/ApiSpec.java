package org.anju.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the specs that talk to the running server over HTTP: gives each test a fresh {@link Api}. */
public abstract class ApiSpec {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }
}
