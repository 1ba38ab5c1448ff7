package com.loopin.sms.internal;

import com.loopin.sms.SmsProperties;
import com.loopin.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender consoleSmsSender(SmsProperties properties) {
        boolean twilioConfigured = properties.twilioAccountSid() != null
                && !properties.twilioAccountSid().isBlank();
        if (twilioConfigured && !properties.twilioTestMode()) {
            log.warn("Twilio credentials are set, but Twilio delivery is not built yet: codes go to the log");
        }
        log.info("SMS provider: console (codes are written to the log; development only)");
        return new ConsoleSmsSender(properties);
    }
}
