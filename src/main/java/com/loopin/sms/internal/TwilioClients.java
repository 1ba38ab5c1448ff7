package com.loopin.sms.internal;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/** Builds Twilio SDK clients with our timeouts, our base URL, and no retries of the SDK's own. */
final class TwilioClients {

    private TwilioClients() {}

    static TwilioRestClient create(SmsProperties.Twilio twilio, Duration timeout) {
        Timeout limit = Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS);
        RequestConfig config = RequestConfig.custom()
                .setConnectionRequestTimeout(limit)
                .setResponseTimeout(limit)
                .build();
        var http = new SingleTryHttpClient(RetargetingHttpClient.builder(twilio.apiBaseUrl(), config));
        return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
                .httpClient(http)
                .build();
    }

    /** The SDK retries some answers by itself; resilience4j decides retries here, so the SDK must not. */
    private static final class SingleTryHttpClient extends NetworkHttpClient {
        SingleTryHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            super(builder);
        }

        @Override
        public Response reliableRequest(Request request) {
            return makeRequest(request);
        }

        @Override
        public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
            return makeRequest(request);
        }
    }
}
