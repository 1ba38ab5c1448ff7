package com.loopin.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.LoopinApplication;
import com.loopin.support.Api;
import com.loopin.support.TestPhones;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * SIGTERM runs the JVM's shutdown hook, which closes the application context: a request in flight must still
 * finish. The slow request here is a sign-up whose SMS gateway takes two seconds to answer.
 */
class GracefulShutdownTests {

    @Test
    void aRequestInFlightFinishesWhenTheServerIsStopped() throws Exception {
        var gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        gateway.start();
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        try {
            var context = new SpringApplicationBuilder(LoopinApplication.class)
                    .run(
                            "--server.port=0",
                            "--loopin.sms.provider=webhook",
                            "--loopin.sms.webhook.url=" + gateway.baseUrl() + "/sms",
                            "--loopin.sms.webhook.secret=whsec_c2VjcmV0LWtleS0wMTIzNDU2Nzg5");
            var api = new Api(
                    ((WebServerApplicationContext) context).getWebServer().getPort());

            var threads = Executors.newFixedThreadPool(2);
            var slow = CompletableFuture.supplyAsync(
                    () -> api.post("/api/auth/signup", Api.phone(TestPhones.newIndianMobile())), threads);
            // the sign-up is in flight once the gateway holds its message (a fixed sleep lost the race on a busy
            // machine:
            // the context closed before the request reached it, and the client read no answer)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (gateway.findAll(postRequestedFor(urlEqualTo("/sms"))).isEmpty()) {
                assertThat(System.nanoTime())
                        .as("the sign-up reached the gateway")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
            var stopping = CompletableFuture.runAsync(context::close, threads);

            var response = slow.get(10, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            stopping.get(20, TimeUnit.SECONDS);
            assertThat(context.isActive()).isFalse();
            threads.shutdown();
        } finally {
            gateway.stop();
        }
    }
}
