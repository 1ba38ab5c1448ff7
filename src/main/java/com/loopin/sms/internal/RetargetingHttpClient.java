package com.loopin.sms.internal;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIAuthority;

/**
 * The Apache client under the Twilio SDK: applies our timeouts to every call and, when a base URL is set, sends
 * the SDK's calls there instead of Twilio's hosts (a local stand-in in tests and staging). The SDK has no
 * setting for either.
 */
class RetargetingHttpClient extends CloseableHttpClient {

    private final CloseableHttpClient delegate;
    private final HttpHost target;
    private final RequestConfig config;

    private RetargetingHttpClient(CloseableHttpClient delegate, HttpHost target, RequestConfig config) {
        this.delegate = delegate;
        this.target = target;
        this.config = config;
    }

    /** A builder the SDK's {@code NetworkHttpClient} can take, whose client is this one. */
    static HttpClientBuilder builder(String baseUrl, RequestConfig config) {
        HttpHost target = baseUrl == null || baseUrl.isBlank() ? null : HttpHost.create(URI.create(baseUrl.strip()));
        return new HttpClientBuilder() {
            @Override
            public CloseableHttpClient build() {
                // httpclient5 would repeat 429 and 503 answers by itself; resilience4j alone decides retries
                disableAutomaticRetries();
                return new RetargetingHttpClient(super.build(), target, config);
            }
        };
    }

    @Override
    protected CloseableHttpResponse doExecute(HttpHost host, ClassicHttpRequest request, HttpContext context)
            throws IOException {
        if (request instanceof HttpUriRequestBase configurable) {
            configurable.setConfig(config);
        }
        if (target == null) {
            return delegate.execute(host, request, context);
        }
        request.setScheme(target.getSchemeName());
        request.setAuthority(new URIAuthority(target.getHostName(), target.getPort()));
        return delegate.execute(target, request, context);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }
}
