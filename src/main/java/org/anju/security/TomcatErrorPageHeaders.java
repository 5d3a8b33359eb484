package org.anju.security;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter of the application runs (a malformed URI
 * such as {@code /api/%zz}, a header too large …): with its error page, which carried none of the
 * security headers. This makes the host's error-page valve one that writes them first
 * ({@link ErrorPageWithSecurityHeaders}).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class TomcatErrorPageHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ErrorPageWithSecurityHeaders());
            // for the requests no host was found for yet (a malformed URI), Tomcat makes a valve of this class
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ErrorPageWithSecurityHeaders.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer, whose error-page valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
