package org.anju.security;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page with the security headers of every other answer ({@link SecurityHeaders}),
 * without a report or the server's version (as Spring Boot configures Tomcat's). Public with a public
 * constructor: Tomcat makes one itself by class name ({@link TomcatErrorPageHeaders}).
 */
public class ErrorPageWithSecurityHeaders extends ErrorReportValve {

    public ErrorPageWithSecurityHeaders() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            SecurityHeaders.ON_AN_ERROR.forEach(response::setHeader);
        }
        super.report(request, response, throwable);
    }
}
