package com.loopin.sms.internal;

import com.loopin.shared.AppProperties;
import com.loopin.shared.PublicPaths;
import com.loopin.sms.Channel;
import com.loopin.sms.SmsSender;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the SMS provider and its fallback from configuration, and refuses to start when they cannot work: a
 * chosen provider without its credentials, or, in production, codes that would only reach the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    /** Providers' delivery reports (checked by signature or secret) and the development inbox. */
    @Bean
    PublicPaths smsPublicPaths() {
        return PublicPaths.of("/api/sms/twilio/status", "/api/sms/msg91/reports", "/api/dev/sms");
    }

    @Bean
    DeliveryWriter deliveryWriter(DeliveryRepository deliveries) {
        return new DeliveryWriter(deliveries);
    }

    @Bean
    CodeSeal codeSeal(AppProperties app) {
        return new CodeSeal(app.phoneHashSecret() == null ? "" : app.phoneHashSecret());
    }

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);
    static final List<String> PROVIDERS = List.of("console", "twilio", "twilio-verify", "webhook", "msg91");
    static final List<String> WHATSAPP_PROVIDERS = List.of("none", "console", "twilio", "twilio-verify");

    @Bean
    DevSmsInbox devSmsInbox() {
        return new DevSmsInbox();
    }

    @Bean
    SmsDelivery smsSender(
            SmsProperties properties,
            AppProperties app,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters,
            DevSmsInbox inbox,
            DeliveryRepository deliveries,
            DeliveryWriter writer,
            CodeSeal seal,
            Environment environment) {
        String primaryName = chosenProvider(properties);
        String fallbackName = SmsProperties.isSet(properties.fallbackProvider())
                ? properties.fallbackProvider().strip().toLowerCase(Locale.ROOT)
                : null;
        refuseUnsafeProduction(app, properties, primaryName, fallbackName);
        var text = new MessageText(properties);
        // the code's length and life are the auth module's settings; a text is checked with them as sent
        text.check(
                environment.getProperty("loopin.otp.length", Integer.class, 4),
                environment.getProperty(
                        "loopin.otp.expiry", java.time.Duration.class, java.time.Duration.ofMinutes(10)));
        var factory = new Providers(properties, text, json, clock, inbox);
        SmsSender primary = factory.build(primaryName, Channel.SMS);
        SmsSender fallback = fallbackName == null ? null : factory.build(fallbackName, Channel.SMS);
        String whatsappName = chosenWhatsAppProvider(properties, primaryName);
        refuseMixedCodeMakers(primaryName, whatsappName);
        if (app.isProduction() && "console".equals(whatsappName)) {
            throw new IllegalStateException("ENVIRONMENT=prod refuses WHATSAPP_PROVIDER=console: codes would only be "
                    + "written to the log. Set WHATSAPP_PROVIDER to twilio, twilio-verify or none.");
        }
        SmsSender whatsapp = "none".equals(whatsappName) ? null : factory.build(whatsappName, Channel.WHATSAPP);
        if (fallback != null && (primary.checksCodes() || fallback.checksCodes() || fallbackName.equals(primaryName))) {
            throw new IllegalStateException("SMS_FALLBACK_PROVIDER must differ from SMS_PROVIDER, and twilio-verify "
                    + "cannot have a fallback (it makes and checks its own codes)");
        }
        log.info(
                "SMS provider: {}{}; WhatsApp: {}",
                primaryName,
                fallbackName == null ? "" : ", fallback: " + fallbackName,
                whatsappName);
        if ("console".equals(primaryName)) {
            // only when every code goes there: as a fallback it would publish the codes a real provider failed to send
            inbox.enable();
            String port = environment.getProperty("server.port", "8000");
            log.info(
                    "Codes are written to the log (development channel) and kept in the development SMS inbox: "
                            + "http://localhost:{}/dev/sms (JSON: /api/dev/sms)",
                    port);
        }
        return new SmsDelivery(
                new ResilientSmsSender(
                        primaryName,
                        primary,
                        properties.maxAttempts(),
                        concurrency(primaryName, properties),
                        properties.breakerOpen(),
                        meters),
                fallback == null
                        ? null
                        : new ResilientSmsSender(
                                fallbackName,
                                fallback,
                                properties.maxAttempts(),
                                concurrency(fallbackName, properties),
                                properties.breakerOpen(),
                                meters),
                whatsapp == null
                        ? null
                        : new ResilientSmsSender(
                                "whatsapp-" + whatsappName,
                                whatsapp,
                                properties.maxAttempts(),
                                concurrency(whatsappName, properties),
                                properties.breakerOpen(),
                                meters),
                properties.whatsapp(),
                new DeliveryRecorder(deliveries, writer, seal, clock));
    }

    /**
     * {@code auto}: the console when SMS goes there, Twilio when a WhatsApp sender and its template are set, Verify's
     * WhatsApp channel never by itself (the Verify service must have a WhatsApp sender: say so), else none.
     */
    static String chosenWhatsAppProvider(SmsProperties properties, String smsProvider) {
        var whatsapp = properties.whatsapp();
        String name = whatsapp.provider() == null
                ? "auto"
                : whatsapp.provider().strip().toLowerCase(Locale.ROOT);
        if (!"auto".equals(name)) {
            if (!WHATSAPP_PROVIDERS.contains(name)) {
                throw new IllegalStateException("WHATSAPP_PROVIDER must be one of auto, "
                        + String.join(", ", WHATSAPP_PROVIDERS) + " (not " + name + ")");
            }
            return name;
        }
        if ("console".equals(smsProvider)) {
            return "console";
        }
        if (SmsProperties.isSet(whatsapp.from()) && SmsProperties.isSet(whatsapp.contentSid())) {
            return "twilio";
        }
        return "none";
    }

    /** A code is checked by whoever made it: Verify's codes and ours cannot be mixed across channels. */
    private static void refuseMixedCodeMakers(String smsProvider, String whatsappProvider) {
        boolean smsByVerify = "twilio-verify".equals(smsProvider);
        boolean whatsappByVerify = "twilio-verify".equals(whatsappProvider);
        if (!"none".equals(whatsappProvider) && smsByVerify != whatsappByVerify) {
            throw new IllegalStateException("WHATSAPP_PROVIDER=twilio-verify goes only with SMS_PROVIDER=twilio-verify"
                    + " (Verify makes and checks the codes of both channels), and SMS_PROVIDER=twilio-verify only with"
                    + " WHATSAPP_PROVIDER=twilio-verify or none (not " + whatsappProvider + ")");
        }
    }

    /** The console provider calls nothing outside the process: no bulkhead for it. */
    private static int concurrency(String provider, SmsProperties properties) {
        return "console".equals(provider) ? Integer.MAX_VALUE : properties.maxConcurrentSends();
    }

    static String chosenProvider(SmsProperties properties) {
        if (properties.twilio().testMode()) {
            return "console";
        }
        String name = properties.provider().strip().toLowerCase(Locale.ROOT);
        if (!"auto".equals(name)) {
            return name;
        }
        var twilio = properties.twilio();
        if (SmsProperties.isSet(twilio.verifySid())
                && !SmsProperties.isSet(twilio.phoneNumber())
                && !SmsProperties.isSet(twilio.messagingServiceSid())) {
            return "twilio-verify";
        }
        if (SmsProperties.isSet(twilio.accountSid())) {
            return "twilio";
        }
        if (SmsProperties.isSet(properties.webhook().url())) {
            return "webhook";
        }
        return "console";
    }

    private static void refuseUnsafeProduction(
            AppProperties app, SmsProperties properties, String primary, String fallback) {
        if (!app.isProduction()) {
            return;
        }
        if (properties.twilio().testMode()) {
            throw new IllegalStateException("ENVIRONMENT=prod refuses TWILIO_TEST_MODE=true: codes would only be "
                    + "written to the log. Set TWILIO_TEST_MODE=false and configure SMS_PROVIDER.");
        }
        if ("console".equals(primary) || "console".equals(fallback)) {
            throw new IllegalStateException("ENVIRONMENT=prod refuses the console SMS provider: codes would only be "
                    + "written to the log. Set SMS_PROVIDER (twilio, twilio-verify or webhook) and its credentials.");
        }
    }

    /** Builds one provider by name, after checking that its settings are there. */
    private record Providers(
            SmsProperties properties, MessageText text, JsonMapper json, Clock clock, DevSmsInbox inbox) {

        SmsSender build(String name, Channel channel) {
            var twilio = properties.twilio();
            if (channel == Channel.WHATSAPP) {
                return whatsapp(name);
            }
            return switch (name) {
                case "console" -> new ConsoleSmsSender(text, inbox, clock, Channel.SMS);
                case "twilio" -> {
                    require(name, "TWILIO_ACCOUNT_SID", twilio.accountSid(), "TWILIO_AUTH_TOKEN", twilio.authToken());
                    if (!SmsProperties.isSet(twilio.phoneNumber())
                            && !SmsProperties.isSet(twilio.messagingServiceSid())) {
                        throw missing(name, List.of("TWILIO_PHONE_NUMBER or TWILIO_MESSAGING_SERVICE_SID"));
                    }
                    yield new TwilioMessagingSender(TwilioClients.create(twilio, properties.timeout()), twilio, text);
                }
                case "twilio-verify" -> verify(name, "sms");
                case "msg91" -> {
                    var msg91 = properties.msg91();
                    require(name, "MSG91_AUTH_KEY", msg91.authKey(), "MSG91_BASE_URL", msg91.baseUrl());
                    if (!properties.dlt().enabled()
                            || !SmsProperties.isSet(properties.dlt().senderId())) {
                        throw missing(name, List.of("DLT_ENTITY_ID, DLT_SENDER_ID and the DLT templates"));
                    }
                    yield new Msg91Sender(restClient(), msg91, text, json);
                }
                case "webhook" -> {
                    var webhook = properties.webhook();
                    require(name, "SMS_WEBHOOK_URL", webhook.url(), "SMS_WEBHOOK_SECRET", webhook.secret());
                    yield new WebhookSmsSender(restClient(), webhook, text, json, clock);
                }
                default ->
                    throw new IllegalStateException("SMS_PROVIDER must be one of auto, " + String.join(", ", PROVIDERS)
                            + " (not " + name + ")");
            };
        }

        private SmsSender whatsapp(String name) {
            var twilio = properties.twilio();
            return switch (name) {
                case "console" -> new ConsoleSmsSender(text, inbox, clock, Channel.WHATSAPP);
                case "twilio" -> {
                    var whatsapp = properties.whatsapp();
                    require(
                            "WhatsApp " + name,
                            "TWILIO_ACCOUNT_SID",
                            twilio.accountSid(),
                            "TWILIO_AUTH_TOKEN",
                            twilio.authToken(),
                            "TWILIO_WHATSAPP_FROM",
                            whatsapp.from(),
                            "TWILIO_WHATSAPP_CONTENT_SID",
                            whatsapp.contentSid());
                    yield new TwilioWhatsAppSender(
                            TwilioClients.create(twilio, properties.timeout()), twilio, whatsapp, json);
                }
                case "twilio-verify" -> verify("WhatsApp " + name, "whatsapp");
                default -> throw new IllegalStateException("no WhatsApp provider " + name);
            };
        }

        /** Twilio Verify on one of its channels, {@code sms} or {@code whatsapp}. */
        private TwilioVerifySender verify(String provider, String channel) {
            var twilio = properties.twilio();
            require(
                    provider,
                    "TWILIO_ACCOUNT_SID",
                    twilio.accountSid(),
                    "TWILIO_AUTH_TOKEN",
                    twilio.authToken(),
                    "TWILIO_VERIFY_SID",
                    twilio.verifySid());
            return new TwilioVerifySender(
                    TwilioClients.create(twilio, properties.timeout()), twilio.verifySid(), text, channel);
        }

        private RestClient restClient() {
            var http =
                    HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
            var requests = new JdkClientHttpRequestFactory(http);
            requests.setReadTimeout(properties.timeout());
            return RestClient.builder().requestFactory(requests).build();
        }

        private static void require(String provider, String... namesAndValues) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (!SmsProperties.isSet(namesAndValues[i + 1])) {
                    missing.add(namesAndValues[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw missing(provider, missing);
            }
        }

        private static IllegalStateException missing(String provider, List<String> variables) {
            return new IllegalStateException("The " + provider + " SMS provider needs " + String.join(", ", variables));
        }
    }
}
