package org.anju.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The largest JSON request body Anju reads ({@code anju.limits.max-json-body}, 64 MB): a JSON body
 * becomes a tree in memory before any field is checked, so its size must be bounded before it is
 * read. A body that says it is larger is refused with 413 before a byte is read; a body without a
 * length (chunked) is cut off at the limit and refused the same way ({@link ApiExceptionHandler}).
 * File uploads (multipart) have their own limits (imports, archive, rasters).
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    JsonBodyLimit(@Value("${anju.limits.max-json-body:64MB}") DataSize max, MessageSource messages, LocaleResolver locales) {
        this.maxBytes = max.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isJson(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response, request.getContentLengthLong());
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return type.equals("application/json") || type.endsWith("+json");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("problem.tooLarge.title", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", messages.getMessage("problem.tooLarge.detail", new Object[] {DataSize.ofBytes(maxBytes).toMegabytes()}, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("errors", java.util.List.of(Map.of("field", "body", "value", String.valueOf(length),
                "message", messages.getMessage("problem.tooLarge.detail", new Object[] {DataSize.ofBytes(maxBytes).toMegabytes()}, locale))));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the client may still be sending: tell it the connection ends here instead of reading 10^9 bytes
        response.setHeader("Connection", "close");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** Reading past the limit: answered 413 by {@link ApiExceptionHandler}. */
    static final class TooLargeException extends IOException {
        final long maxBytes;

        TooLargeException(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLargeException {
                        read += n;
                        if (read > maxBytes) {
                            throw new TooLargeException(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
