package com.loopin.platform;

import com.loopin.shared.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over the configured size with 413: at once when {@code Content-Length} says so,
 * and while reading when the body is chunked, so an endless body never fills the heap. Multipart bodies (picture
 * uploads) have their own, larger limit.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long multipartMaxBytes;
    private final ProblemWriter problemWriter;

    RequestBodyLimitFilter(long maxBytes, long multipartMaxBytes, ProblemWriter problemWriter) {
        this.maxBytes = maxBytes;
        this.multipartMaxBytes = multipartMaxBytes;
        this.problemWriter = problemWriter;
    }

    static boolean isBodyTooLarge(Throwable ex) {
        return NestedExceptionUtils.getRootCause(ex) instanceof BodyTooLargeException
                || ex instanceof BodyTooLargeException;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = multipart ? multipartMaxBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            problemWriter.write(
                    request,
                    response,
                    multipart ? ErrorCode.PICTURE_TOO_LARGE : ErrorCode.PAYLOAD_TOO_LARGE,
                    multipart ? "The picture is too large." : "The request body is too large.");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body over the limit");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
